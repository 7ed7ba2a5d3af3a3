package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.ReportType;

/**
 * A report due a number of months after the project's end.
 *
 * @param report         the report type
 * @param monthsAfterEnd months after the project's end it is due
 * @param cite           the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record ReportDeadline(ReportType report, int monthsAfterEnd, String cite) implements ParameterFact {
    @Override public String identity() { return report.name(); }
}
