package se.integration.policy.varnamo2017;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.testkit.RecordedDecisions;

/** Every case file of this package, judged and compared with what it records (src/test/resources/cases). */
class Varnamo2017CasesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @TestFactory
    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
        return RecordedDecisions.onClassPath("cases").tests(ENGINE);
    }
}
