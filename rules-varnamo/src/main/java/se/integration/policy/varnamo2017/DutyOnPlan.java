package se.integration.policy.varnamo2017;

import java.time.LocalDate;

/**
 * Classification: a follow-up duty falls on this plan, for the plan's year: its organisation is within
 * the policy and of a type the duty names.
 */
public record DutyOnPlan(PlanFollowUpDuty duty, int year) {
    /** The due date of the duty for the plan's year. */
    public LocalDate due() { return duty.dueFor(year); }

    /** The first day a follow-up reports the year's results. */
    public LocalDate earliest() { return duty.earliestFor(year); }

    /** Whether a follow-up dated {@code on} reports the year's results (on or after {@link #earliest()}). */
    public boolean counts(LocalDate on) { return !on.isBefore(earliest()); }
}
