package se.integration.policy.varnamo2017;

/**
 * Classification: the year the action plan is for, that its follow-up duties are reckoned from.
 * {@code basis}: {@code YEAR} (the plan names it), {@code ADOPTED_ON} (the year it was adopted) or
 * {@code AS_OF} (the year it is judged in).
 */
public record PlanYear(int year, String basis) {}
