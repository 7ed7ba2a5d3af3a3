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
 *
 * @param field   the field, one of {@link #FIELDS}
 * @param key     the key for keyed fields, else {@code null}
 * @param differs whether the versions' values differ
 * @param values  one cell per version, in the order the versions were named
 */
@JsonPropertyOrder({"field", "key", "differs", "values"})
public record Row(String field, @JsonInclude(JsonInclude.Include.NON_NULL) String key, boolean differs, List<Cell> values) {

    /** The field {@code eligible}. */
    public static final String ELIGIBLE = "eligible";
    /** The field {@code complete}. */
    public static final String COMPLETE = "complete";
    /** The field {@code decision.authority}. */
    public static final String AUTHORITY = "decision.authority";
    /** The field {@code decision.consultations}, keyed by party. */
    public static final String CONSULTATIONS = "decision.consultations";
    /** The field {@code decision.preparedBy}. */
    public static final String PREPARED_BY = "decision.preparedBy";
    /** The field {@code decision.meetingWithApplicant}. */
    public static final String MEETING = "decision.meetingWithApplicant";
    /** The field {@code priority.factors}, keyed by factor. */
    public static final String PRIORITY = "priority.factors";
    /** The field {@code repayment}. */
    public static final String REPAYMENT = "repayment";
    /** The field {@code findings}, keyed by {@code code subject}. */
    public static final String FINDINGS = "findings";
    /** The field {@code obligations}, keyed by {@code code subject}. */
    public static final String OBLIGATIONS = "obligations";

    /** The fields in the order rows appear: scalars first, then the keyed fields. */
    public static final List<String> FIELDS = List.of(ELIGIBLE, COMPLETE, AUTHORITY, CONSULTATIONS, PREPARED_BY, MEETING,
            PRIORITY, REPAYMENT, FINDINGS, OBLIGATIONS);

    /**
     * Copies the list.
     *
     * @param field the field, one of {@link #FIELDS}
     * @param key the key for keyed fields, else {@code null}
     * @param differs whether the versions' values differ
     * @param values one cell per version, in the order the versions were named
     * @throws NullPointerException if {@code values} is {@code null}
     */
    public Row {
        values = List.copyOf(values);
    }

    /**
     * {@return a row, its {@code differs} computed from the values (a value on one side only differs too)}
     *
     * @param field the field
     * @param key the key, or {@code null}
     * @param values one cell per version
     */
    public static Row of(String field, String key, List<Cell> values) {
        boolean differs = false;
        for (Cell c : values) if (!Objects.equals(c.value(), values.get(0).value())) differs = true;
        return new Row(field, key, differs, values);
    }

    /** {@return whether the field has a key (one row per party, factor, finding or obligation)} */
    public boolean keyed() { return key != null; }

    /**
     * {@return the cell of one version}
     *
     * @param policy the version id
     * @throws IllegalArgumentException if the row has no cell of that version
     */
    public Cell of(String policy) {
        for (Cell c : values) if (c.policy().equals(policy)) return c;
        throw new IllegalArgumentException("no version " + policy + " in this row");
    }
}
