package se.integration.policy.lidkoping2016;

import java.time.LocalDate;
import se.integration.policy.core.facts.ParameterFact;

/**
 * A half-year in which the allocated funds are to be reported back to the municipal executive board:
 * a report-back dated from {@code from} to {@code to} (both inclusive) is the report-back of this half-year.
 * The text ("halvårsvis") gives the period, not a day: the half-year's report-back has no due day and is
 * judged against the half-year (contract 1.1).
 *
 * @param from the half-year's first day
 * @param to   the half-year's last day
 * @param cite the source id of the sentence
 */
public record ReportBackHalfYear(LocalDate from, LocalDate to, String cite) implements ParameterFact {
    @Override public String identity() { return "reportBack/" + to; }

    /** {@return the half-year as the result names it, {@code 2017-01-01–2017-06-30}} */
    public String label() { return from + "–" + to; }
}
