package se.integration.policy.lidkoping2016;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.testkit.RecordedDecisions;

/** Every case file of this package, judged and compared with what it records (src/test/resources/cases). */
class Lidkoping2016CasesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @TestFactory
    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
        return withoutSourceUri(RecordedDecisions.onClassPath("cases").tests(ENGINE));
    }

    /**
     * The same tests without their file URI: Maven Surefire 3.5 silently skips dynamic tests that carry
     * one (they neither run nor fail). Harmless once the test kit leaves the URI out itself.
     */
    static Stream<DynamicTest> withoutSourceUri(Stream<DynamicTest> tests) {
        return tests.map(t -> DynamicTest.dynamicTest(t.getDisplayName(), t.getExecutable()));
    }
}
