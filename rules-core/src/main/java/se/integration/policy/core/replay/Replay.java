package se.integration.policy.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.CaseReader;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;

/**
 * Reads recorded decisions and re-judges them: the machinery behind {@code policy replay}, the
 * JUnit test kit and the packages' own case tests.
 */
public final class Replay {
    private static final Set<String> FIELDS = Set.of("name", "note", "case", "policy", "expected", "exactObligations");
    private static final Set<String> EXPECTED_FIELDS = Set.of("policy", "caseId", "asOf", "eligible", "complete", "findings",
            "priority", "decision", "obligations", "repayment");
    private static final ObjectMapper MAPPER = CaseReader.strictMapper();

    /** The re-judgement of one record: the result and every disagreement (none: the record agrees). */
    public record Verdict(RecordedDecision record, Result result, List<Disagreement> disagreements) {
        public boolean agrees() { return disagreements.isEmpty(); }
    }

    private Replay() {}

    /** Parses one recorded decision (one line of a .jsonl, or a case file). */
    public static RecordedDecision parse(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (Exception e) {
            throw new InvalidCaseException("$", "malformed JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw new InvalidCaseException("$", "a recorded decision must be a JSON object");
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) problems.add(new Problem("$." + f, "unknown field (expected one of case, policy, expected, name, note, exactObligations)"));
        }
        JsonNode c = node.get("case"), expected = node.get("expected"), policy = node.get("policy");
        if (c == null || !c.isObject()) problems.add(new Problem("$.case", "is required and must be an object"));
        if (expected == null || !expected.isObject()) problems.add(new Problem("$.expected", "is required and must be an object"));
        if (policy != null && !policy.isNull() && !policy.isTextual()) problems.add(new Problem("$.policy", "must be a string"));
        for (String text : List.of("name", "note")) {
            if (node.has(text) && !node.get(text).isTextual()) problems.add(new Problem("$." + text, "must be a string"));
        }
        if (expected != null && expected.isObject()) checkExpected(expected, problems);
        JsonNode exact = node.get("exactObligations");
        if (exact != null && !exact.isBoolean()) problems.add(new Problem("$.exactObligations", "must be true or false"));
        if (exact != null && exact.asBoolean() && (expected == null || !expected.path("obligations").isArray())) {
            problems.add(new Problem("$.exactObligations", "needs expected.obligations"));
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
        return new RecordedDecision(node.path("name").asText(null), node.path("note").asText(null), c,
                policy == null || policy.isNull() ? null : policy.asText(), expected, node.path("exactObligations").asBoolean(false));
    }

    private static void checkExpected(JsonNode expected, List<Problem> problems) {
        for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!EXPECTED_FIELDS.contains(f)) problems.add(new Problem("$.expected." + f, "is not a field of the result"));
        }
        for (String list : List.of("findings", "obligations")) {
            JsonNode l = expected.get(list);
            if (l == null) continue;
            if (!l.isArray()) { problems.add(new Problem("$.expected." + list, "must be an array")); continue; }
            for (int i = 0; i < l.size(); i++) {
                if (!l.get(i).isObject() || !l.get(i).path("code").isTextual()) {
                    problems.add(new Problem("$.expected." + list + "[" + i + "]", "must be an object with a code"));
                }
            }
        }
    }

    /** Re-judges a record. Invalid case input throws {@link InvalidCaseException} with paths under {@code $.case}. */
    public static Verdict check(PolicyEngine engine, RecordedDecision record) {
        PolicyCase policyCase;
        try {
            policyCase = engine.read(record.caseJson());
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(e.problems().stream()
                    .map(p -> new Problem("$.case" + p.path().substring(1), p.message())).toList());
        }
        Result result = record.policy() == null ? engine.evaluate(policyCase) : engine.evaluate(policyCase, record.policy());
        JsonNode resultJson = engine.resultMapper().valueToTree(result);
        return new Verdict(record, result, Expectations.compare(record.expected(), resultJson, record.exactObligations()));
    }
}
