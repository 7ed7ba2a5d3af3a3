package se.integration.policy.mellerud2014;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * The recorded-decision format matches obligations on the stated ones only; this package's case
 * files state every obligation, so that a duty that must not arise (a past quarter's state grant
 * distribution, one for a company, any dated duty of a plan without a year) fails the case if it does.
 */
class Mellerud2014CaseObligationsTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @TestFactory
    Stream<DynamicTest> eachCaseRecordsEveryObligationItsResultHas() {
        return RecordedDecisions.onClassPath("cases").records().stream().map(r -> DynamicTest.dynamicTest(r.displayName(), () -> {
            RecordedDecision d = Replay.parse(r.json());
            List<String> recorded = new ArrayList<>();
            for (JsonNode o : tree(d.expected()).path("obligations")) {
                recorded.add(o.path("code").asText() + (o.hasNonNull("subject") ? " " + o.get("subject").asText() : ""));
            }
            List<String> now = Replay.check(ENGINE, d).result().obligations().stream()
                    .map(o -> o.code() + (o.subject() == null ? "" : " " + o.subject())).toList();
            assertThat(now).as(r.location()).containsExactlyInAnyOrderElementsOf(recorded);
        }));
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
