package se.integration.policy.mellerud2014;

import java.time.LocalDate;
import java.time.YearMonth;
import se.integration.policy.core.facts.ParameterFact;

/**
 * A duty that recurs every year of a plan, with the period it concerns and its due date, both
 * relative to the plan's {@code year}: the period runs from the first day of {@code periodFromMonth}
 * to the last day of {@code periodToMonth} of the plan's year; the duty is due on
 * {@code dueMonth}/{@code dueDay} of the plan's year plus {@code dueYearsAfter} (a day past the end of
 * a month is read as the month's last day). The text gives rhythms ("årligen", "en gång i
 * kvartalet"), not dates: the dates are the package's assumptions, kept here as data.
 *
 * @param code    the obligation code ({@code ANNUAL_PLAN}, {@code ANNUAL_FOLLOW_UP}, {@code STATE_GRANT_DISTRIBUTION})
 * @param subject what distinguishes recurrences within a year ({@code Q1}…{@code Q4}), or {@code null}
 */
public record AnnualDeadline(String code, String subject, int periodFromMonth, int periodToMonth, int dueYearsAfter,
                             int dueMonth, int dueDay, String cite) implements ParameterFact {

    public AnnualDeadline {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an annual deadline needs a code");
        if (periodFromMonth < 1 || periodFromMonth > 12 || periodToMonth < periodFromMonth || periodToMonth > 12) {
            throw new IllegalArgumentException(code + ": the period must run from a month to the same or a later month (1–12)");
        }
        if (dueYearsAfter < 0) throw new IllegalArgumentException(code + ": dueYearsAfter must not be negative");
        if (dueMonth < 1 || dueMonth > 12 || dueDay < 1 || dueDay > 31) throw new IllegalArgumentException(code + ": invalid due month or day");
    }

    /** The due date for the plan of {@code year}. */
    public LocalDate due(int year) {
        YearMonth month = YearMonth.of(year + dueYearsAfter, dueMonth);
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }

    /** The first day of the period the duty concerns, for the plan of {@code year}. */
    public LocalDate periodFrom(int year) { return LocalDate.of(year, periodFromMonth, 1); }

    /** The last day of the period the duty concerns, for the plan of {@code year}. */
    public LocalDate periodTo(int year) { return YearMonth.of(year, periodToMonth).atEndOfMonth(); }

    @Override public String identity() { return subject == null ? code : code + " " + subject; }
}
