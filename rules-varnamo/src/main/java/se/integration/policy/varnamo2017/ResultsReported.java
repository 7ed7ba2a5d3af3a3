package se.integration.policy.varnamo2017;

import java.time.LocalDate;

/** Classification: the plan's follow-up, dated {@code on}, reports the year's results for the duty. */
public record ResultsReported(DutyOnPlan duty, LocalDate on) {}
