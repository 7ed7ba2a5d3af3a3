package se.integration.policy.mellerud2014;

import java.time.LocalDate;
import java.time.YearMonth;
import se.integration.policy.core.facts.ParameterFact;

/**
 * The first day on which a yearly duty can be done for the plan of a year: {@code month}/{@code day}
 * of the plan's year plus {@code yearsAfter} (a day past the end of a month is read as the month's
 * last day). Done before it, the duty does not count as done (the follow-up of a year's work before
 * that year is over). The text gives no such day: it is the package's assumption, kept here as data.
 *
 * @param code the obligation code ({@code ANNUAL_FOLLOW_UP})
 */
public record EarliestDone(String code, int yearsAfter, int month, int day, String cite) implements ParameterFact {

    public EarliestDone {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an earliest day needs a code");
        if (yearsAfter < 0) throw new IllegalArgumentException(code + ": yearsAfter must not be negative");
        if (month < 1 || month > 12 || day < 1 || day > 31) throw new IllegalArgumentException(code + ": invalid month or day");
    }

    /** The first day the duty can be done for the plan of {@code year}. */
    public LocalDate firstDay(int year) {
        YearMonth m = YearMonth.of(year + yearsAfter, month);
        return m.atDay(Math.min(day, m.lengthOfMonth()));
    }

    @Override public String identity() { return code; }
}
