package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One line of a side-by-side comparison: a field of the result ({@link #FIELDS}), for keyed fields the
 * key (a consulted party, a priority factor, a finding's {@code code subject}, an obligation's
 * {@code code subject}), one {@link Cell} per version in the order the versions were named, and whether
 * the versions' values differ.
 */
@JsonPropertyOrder({"field", "key", "differs", "values"})
public record Row(String field, @JsonInclude(JsonInclude.Include.NON_NULL) String key, boolean differs, List<Cell> values) {

    public static final String ELIGIBLE = "eligible", COMPLETE = "complete", AUTHORITY = "decision.authority",
            CONSULTATIONS = "decision.consultations", PREPARED_BY = "decision.preparedBy",
            MEETING = "decision.meetingWithApplicant", PRIORITY = "priority.factors", REPAYMENT = "repayment",
            FINDINGS = "findings", OBLIGATIONS = "obligations";

    /** The fields in the order rows appear: scalars first, then the keyed fields. */
    public static final List<String> FIELDS = List.of(ELIGIBLE, COMPLETE, AUTHORITY, CONSULTATIONS, PREPARED_BY, MEETING,
            PRIORITY, REPAYMENT, FINDINGS, OBLIGATIONS);

    public Row {
        values = List.copyOf(values);
    }

    /** {@return a row, its {@code differs} computed from the values (a value on one side only differs too)} */
    public static Row of(String field, String key, List<Cell> values) {
        boolean differs = false;
        for (Cell c : values) if (!Objects.equals(c.value(), values.get(0).value())) differs = true;
        return new Row(field, key, differs, values);
    }

    /** {@return whether the field has a key (one row per party, factor, finding or obligation)} */
    public boolean keyed() { return key != null; }

    /** {@return the cell of one version} */
    public Cell of(String policy) {
        for (Cell c : values) if (c.policy().equals(policy)) return c;
        throw new IllegalArgumentException("no version " + policy + " in this row");
    }
}
