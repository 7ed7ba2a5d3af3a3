package se.integration.policy.lidkoping2016;

import java.time.LocalDate;
import se.integration.policy.core.facts.ParameterFact;

/**
 * A half-year in which the allocated funds are to be reported back to the municipal executive board:
 * a report-back dated from {@code from} to {@code due} (both inclusive) is the report-back of this half-year.
 */
public record ReportBackHalfYear(LocalDate from, LocalDate due, String cite) implements ParameterFact {
    @Override public String identity() { return "reportBack/" + due; }
}
