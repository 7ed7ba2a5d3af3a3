package se.integration.policy.varnamo2017;

import java.time.LocalDate;

/**
 * Classification: the plan's follow-up is dated {@code submittedOn}, before the first day it could
 * report the year's results ({@code duty.earliest()}); it does not count for the duty.
 */
public record FollowUpBeforeYearEnd(DutyOnPlan duty, LocalDate submittedOn) {}
