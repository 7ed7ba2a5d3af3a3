package se.integration.policy.mellerud2014;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * Every case file of this package, judged and compared with what it records (src/test/resources/cases).
 *
 * <p>The tests are built here rather than with {@code RecordedDecisions.tests(engine)}: that method gives
 * each test a file URI as its source, and Maven Surefire (3.5.3) then neither counts nor fails those
 * tests ("Tests run: 0" with a broken case file). {@link RecordedDecisions#verify} does the judging.
 */
class Mellerud2014CasesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @TestFactory
    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
        return RecordedDecisions.onClassPath("cases").records().stream().map(r -> {
            RecordedDecision d = Replay.parse(r.json());
            return DynamicTest.dynamicTest(d.name() != null ? d.name() : r.displayName(), () -> RecordedDecisions.verify(ENGINE, r, d));
        });
    }
}
