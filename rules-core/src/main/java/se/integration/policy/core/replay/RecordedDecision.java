package se.integration.policy.core.replay;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A recorded decision (contract §3, "Recorded decisions"): a case, the version it was judged under
 * ({@code null}: the one in force) and the expected result, any subset of the result's fields.
 * {@code name} and {@code note} are additions: a sentence naming the scenario and why it matters.
 */
public record RecordedDecision(String name, String note, JsonNode caseJson, String policy, JsonNode expected) {}
