package se.integration.policy.varnamo2017;


/**
 * Classification: a follow-up duty falls on this plan, for the plan's year: its organisation is within
 * the policy and of a type the duty names.
 */
public record DutyOnPlan(PlanFollowUpDuty duty, int year) {

    /** The duty's code. */
    public String code() { return duty.code(); }
}
