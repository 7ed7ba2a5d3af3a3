package se.integration.policy.lidkoping2016;

/** Classification: a half-year in which the claimed year's funds are to be reported back. */
public record HalfYearToReport(ReportBackHalfYear halfYear) {}
