package se.integration.policy.core.model;

import java.time.LocalDate;
import java.util.Map;

/** A case of any kind (contract §1): the fields every case has. */
public sealed interface PolicyCase permits GrantApplication, ActionPlan, Allocation {
    /** {@return which fact model the case is} */
    CaseKind kind();
    /** {@return the case id, echoed in the result, or {@code null}} */
    String caseId();
    /** {@return the municipality, which picks the version in force when none is named} */
    Municipality municipality();
    /** {@return the day the case is judged on; {@code null} means "today" for the evaluator} */
    LocalDate asOf();
    /**
     * {@return free-form data the case carries, ignored by the rules; or {@code null}} It is the JSON object
     * {@code meta} as plain Java values: an object is an unmodifiable {@code Map<String, Object>} in the order of
     * its fields, an array an unmodifiable {@code List<Object>}, a string a {@code String}, {@code true} and
     * {@code false} a {@code Boolean}, a whole number a {@code Long} (a {@code java.math.BigInteger} beyond its
     * range), any other number a {@code Double} (or a {@code java.math.BigDecimal} where one was given), and
     * JSON {@code null} {@code null}. Written as JSON it is the same JSON again.
     */
    Map<String, Object> meta();

    /** {@return the date that picks the version in force: {@code receivedOn} where the kind has one, else {@code asOf}} */
    default LocalDate referenceDate() { return asOf(); }

    /** {@return the JSON path of the field {@link #referenceDate()} comes from} */
    default String referenceDatePath() { return "$.asOf"; }

    /**
     * {@return this case with another {@code asOf}}
     *
     * @param asOf the day to judge on, or {@code null} for today
     */
    PolicyCase withAsOf(LocalDate asOf);
}
