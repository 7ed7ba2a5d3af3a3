package se.integration.policy.varnamo2017;

import java.time.LocalDate;
import se.integration.policy.core.facts.ParameterFact;

/**
 * The municipal mandate periods, counted in calendar years: {@code years} long, back to back, one of
 * them beginning on 1 January of {@code firstYear} (2015, 4: 2015–2018, 2019–2022, 2023–2026, …).
 */
public record MandatePeriods(int firstYear, int years, String cite) implements ParameterFact {

    public MandatePeriods {
        if (years < 1) throw new IllegalArgumentException("years must be at least 1");
    }

    /** The first day of the mandate period a year falls in. */
    public LocalDate startOf(int year) {
        return LocalDate.of(firstYear + Math.floorDiv(year - firstYear, years) * years, 1, 1);
    }

    /** The last day of the mandate period a year falls in. */
    public LocalDate endOf(int year) { return startOf(year).plusYears(years).minusDays(1); }

    /** The period a year falls in, as its first and last years: {@code 2019–2022}. */
    public String label(int year) { return startOf(year).getYear() + "–" + endOf(year).getYear(); }

    @Override public String identity() { return "mandatePeriods"; }
}
