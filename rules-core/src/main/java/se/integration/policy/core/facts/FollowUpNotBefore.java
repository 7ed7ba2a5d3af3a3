package se.integration.policy.core.facts;

import java.time.LocalDate;

/**
 * The first day a follow-up of an action plan counts for the duty {@code code} (an obligation of the
 * plan with a period, e.g. {@code ANNUAL_FOLLOW_UP}): {@code daysAfterPlanYear} days after the last day
 * of the plan's year (1: from 1 January of the following year). A follow-up submitted before that day
 * does not count as done for the duty, and the core's {@code plan} rules warn of it
 * ({@code FOLLOW_UP_BEFORE_YEAR_END}), citing {@code cite}. Mellerud's and Värnamo's texts give no such
 * day: it is each package's assumption, kept as data.
 */
public record FollowUpNotBefore(String code, int daysAfterPlanYear, String cite) implements ParameterFact {

    public FollowUpNotBefore {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("an earliest follow-up day needs a code");
        if (daysAfterPlanYear < 0) throw new IllegalArgumentException(code + ": daysAfterPlanYear must not be negative");
    }

    /** The first day a follow-up of the plan of {@code planYear} counts. */
    public LocalDate firstDay(int planYear) { return LocalDate.of(planYear, 12, 31).plusDays(daysAfterPlanYear); }

    /** Whether a follow-up submitted {@code on} counts for the plan of {@code planYear} (on or after {@link #firstDay}). */
    public boolean counts(LocalDate on, int planYear) { return !on.isBefore(firstDay(planYear)); }

    @Override public String identity() { return code; }
}
