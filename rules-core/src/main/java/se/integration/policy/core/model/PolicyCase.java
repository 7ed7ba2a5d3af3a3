package se.integration.policy.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** A case of any kind (contract §1): the fields every case has. */
public sealed interface PolicyCase permits GrantApplication, ActionPlan, Allocation {
    CaseKind kind();
    String caseId();
    Municipality municipality();
    /** {@return the day the case is judged on; {@code null} means "today" for the evaluator} */
    LocalDate asOf();
    JsonNode meta();

    /** {@return the date that picks the version in force: {@code receivedOn} where the kind has one, else {@code asOf}} */
    default LocalDate referenceDate() { return asOf(); }

    /** {@return the JSON path of the field {@link #referenceDate()} comes from} */
    default String referenceDatePath() { return "$.asOf"; }

    /** {@return this case with another {@code asOf}} */
    PolicyCase withAsOf(LocalDate asOf);
}
