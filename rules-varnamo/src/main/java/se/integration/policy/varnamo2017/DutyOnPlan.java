package se.integration.policy.varnamo2017;

import java.time.LocalDate;

/**
 * Classification: a follow-up duty falls on this plan, for the plan's year: its organisation is within
 * the policy and of a type the duty names.
 */
public record DutyOnPlan(PlanFollowUpDuty duty, int year) {
    /** The due date of the duty for the plan's year. */
    public LocalDate due() { return duty.dueFor(year); }

    /** The duty's code (the core's FollowUpNotBefore and JudgedDeadline of the same code go with it). */
    public String code() { return duty.code(); }
}
