package se.integration.policy.jonkoping2013;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
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
}
