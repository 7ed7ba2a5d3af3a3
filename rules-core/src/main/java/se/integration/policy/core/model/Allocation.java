package se.integration.policy.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/** A claim on funds allocated to a committee's initiative (contract §1.3: Lidköping). */
public record Allocation(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        JsonNode meta,
        @Required @Key String recipient,
        @Required String initiative,
        @Required @Range(min = Limits.MIN_YEAR, max = Limits.MAX_YEAR) Integer year,
        @Range Long claimed,
        Status status,
        List<ReportBack> reportBacks) implements PolicyCase {

    public Allocation { reportBacks = Collections2.list(reportBacks); }

    @Override public Allocation withAsOf(LocalDate newAsOf) {
        return new Allocation(kind, caseId, municipality, newAsOf, meta, recipient, initiative, year, claimed, status,
                reportBacks);
    }

    public record ReportBack(@Required LocalDate date) {}

    public enum Status { NOT_STARTED, STARTED, COMPLETED }
}
