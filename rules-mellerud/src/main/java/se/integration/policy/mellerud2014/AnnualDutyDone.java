package se.integration.policy.mellerud2014;

import java.time.LocalDate;

/**
 * Classification: what the case shows of a yearly duty of the organisation ({@code ANNUAL_PLAN},
 * {@code ANNUAL_FOLLOW_UP}): the day it counts as done, or {@code null} when the case shows it not
 * done (a plan without measures, a follow-up not submitted or submitted before the plan's year was over).
 * Exactly one per duty, so that the rules judging its deadline match it and never its absence.
 */
public record AnnualDutyDone(String code, LocalDate on) {}
