package se.integration.policy.mellerud2014;

import java.time.LocalDate;
import se.integration.policy.core.facts.ParameterFact;

/**
 * A duty the text says recurs "årligen" and gives no day for: it is judged against its period, the
 * plan's calendar year (contract 1.1): done within it MET, after it LATE, not done when it has ended
 * OVERDUE; it has no due day.
 *
 * @param code the obligation code ({@code ANNUAL_PLAN}, {@code ANNUAL_FOLLOW_UP})
 */
public record AnnualDuty(String code, String cite) implements ParameterFact {

    public AnnualDuty {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an annual duty needs a code");
    }

    /** The first day of the period, for the plan of {@code year}. */
    public LocalDate periodFrom(int year) { return LocalDate.of(year, 1, 1); }

    /** The last day of the period, for the plan of {@code year}. */
    public LocalDate periodTo(int year) { return LocalDate.of(year, 12, 31); }

    @Override public String identity() { return code; }
}
