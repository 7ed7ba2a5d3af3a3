package se.integration.policy.jonkoping2013;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * Every case file of this package, judged and compared with what it records (src/test/resources/cases),
 * including the pairs that judge one application under both Jönköping versions.
 */
class Jonkoping2013CasesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @TestFactory
    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
        return RecordedDecisions.onClassPath("cases").tests(ENGINE);
    }

    /** A case file that lists obligations says which obligations exist: an extra or a vanished one fails it too. */
    @Test
    void everyCaseFileThatListsObligationsListsThemExactly() {
        var cases = RecordedDecisions.onClassPath("cases").records();
        assertThat(cases).isNotEmpty();
        for (RecordedDecisions.Located c : cases) {
            RecordedDecision d = Replay.parse(c.json());
            if (tree(d.expected()).has("obligations")) assertThat(d.exactObligations()).as("exactObligations of %s", c.location()).isTrue();
        }
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
