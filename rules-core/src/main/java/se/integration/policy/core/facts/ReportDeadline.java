package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.ReportType;

/** A report due a number of months after the project's end. */
public record ReportDeadline(ReportType report, int monthsAfterEnd, String cite) implements ParameterFact {
    @Override public String identity() { return report.name(); }
}
