package se.integration.policy.jonkoping2023;

import se.integration.policy.core.internal.engine.EngineAccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * The case files themselves: each names this version, states what every scenario is judged on
 * (eligible, complete, the exact findings) and, where it lists obligations, lists all of them, so that
 * an extra or vanished obligation fails the case too (replay alone only checks that each stated
 * obligation is there).
 */
class Jonkoping2023CaseFilesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final List<RecordedDecisions.Located> CASES = RecordedDecisions.onClassPath("cases").records();

    @Test
    void everyCaseFileIsJudgedUnderJonkoping2023AndStatesEligibilityCompletenessAndFindings() {
        for (RecordedDecisions.Located c : CASES) {
            RecordedDecision d = Replay.parse(c.json());
            assertThat(d.policy()).as("policy of %s", c.location()).isEqualTo("jonkoping-2023");
            for (String field : List.of("eligible", "complete", "findings")) {
                assertThat(tree(d.expected()).has(field)).as("%s states expected.%s", c.location(), field).isTrue();
            }
        }
    }

    @Test
    void everyCaseFileIsNamedWithASentenceInKebabCase() {
        for (RecordedDecisions.Located c : CASES) {
            String file = c.location().substring(c.location().lastIndexOf('/') + 1);
            assertThat(file).as("case file name").matches("[a-z0-9]+(-[a-z0-9]+){4,}\\.json");
        }
    }

    @Test
    void aCaseFileThatListsObligationsListsEveryObligationOfTheResult() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (RecordedDecisions.Located c : CASES) {
            RecordedDecision d = Replay.parse(c.json());
            JsonNode expected = tree(d.expected()).get("obligations");
            if (expected == null) continue;
            checked++;
            JsonNode result = EngineAccess.resultMapper(ENGINE).valueToTree(ENGINE.evaluate(ENGINE.read(d.caseJson()), d.policy()));
            List<JsonNode> unmatched = new ArrayList<>();
            result.get("obligations").forEach(unmatched::add);
            for (JsonNode want : expected) {
                JsonNode match = unmatched.stream().filter(o -> matches(want, o)).findFirst().orElse(null);
                if (match == null) problems.add(c.location() + ": no obligation matches " + want);
                else unmatched.remove(match);
            }
            for (JsonNode extra : unmatched) {
                problems.add(c.location() + ": obligation not listed in the case file: {code:" + extra.path("code").asText()
                        + ", subject:" + extra.path("subject").asText("–") + ", due:" + extra.path("due").asText("–")
                        + ", status:" + extra.path("status").asText() + "}");
            }
        }
        assertThat(checked).as("case files that list obligations").isPositive();
        assertThat(problems).as("obligations of the results against the case files' lists").isEmpty();
    }

    /** The stated fields of an expected obligation against a result's obligation (a stated null: absent). */
    static boolean matches(JsonNode want, JsonNode have) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode now = have.get(e.getKey());
            if (e.getValue().isNull()) {
                if (now != null && !now.isNull()) return false;
            } else if (now == null || !e.getValue().equals(now)) {
                return false;
            }
        }
        return true;
    }

    /** A recorded decision's JSON text as a tree, for looking into it. */
    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
