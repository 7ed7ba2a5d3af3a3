package se.integration.policy.jonkoping2013;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * A corpus of recorded Jönköping decisions spanning both versions (received 2014–2025), pinned with
 * {@code policy record}: a rule change that decides any of them differently fails here, naming the
 * record, the field and both values.
 */
class JonkopingRecordedDecisionsTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final RecordedDecisions CORPUS = RecordedDecisions.onClassPath("decisions");

    @TestFactory
    Stream<DynamicTest> everyRecordedJonkopingDecisionIsStillDecidedTheSameWay() {
        return CORPUS.tests(ENGINE);
    }

    @Test
    void theCorpusSpansBothJonkopingVersions() {
        var policies = CORPUS.records().stream().map(r -> Replay.parse(r.json()).policy()).distinct().toList();
        assertThat(policies).containsExactlyInAnyOrder("jonkoping-2013", "jonkoping-2023");
        assertThat(CORPUS.records()).hasSizeGreaterThanOrEqualTo(20);
    }
}
