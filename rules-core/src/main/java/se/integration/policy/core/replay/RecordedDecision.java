package se.integration.policy.core.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recorded decision (contract §3, "Recorded decisions"): a case, the version it was judged under
 * ({@code null}: the one in force) and the expected result, any subset of the result's fields.
 * Additions to the contract's format: {@code name} and {@code note} (a sentence naming the scenario
 * and why it matters), and {@code exactObligations}: when true, the result must have one obligation
 * for each entry of {@code expected.obligations} and no other (as findings are compared), so a record
 * can say that a duty is absent, or is there once.
 *
 * @param name             a sentence naming the scenario, or {@code null}
 * @param note             why it matters, or {@code null}
 * @param caseJson         the case, as JSON (contract §1)
 * @param policy           the version id, or {@code null}: the one in force
 * @param expected         the expected result: any subset of the result's fields
 * @param exactObligations whether the obligations must be exactly those expected
 */
public record RecordedDecision(String name, String note, JsonNode caseJson, String policy, JsonNode expected,
                               boolean exactObligations) {

    /** {@return the case's {@code caseId}, or {@code null} where it has none} */
    public String caseId() {
        JsonNode id = caseJson == null ? null : caseJson.get("caseId");
        return id != null && id.isTextual() ? id.asText() : null;
    }
}
