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

    /**
     * The test kit gives each dynamic test its case file as test source URI; Maven Surefire (3.5.3) then
     * neither counts nor fails those tests ("Tests run: 0" with failing cases). Re-created here without
     * the URI so that every case file is run and reported; the name still names the file.
     */
    @TestFactory
    Stream<DynamicTest> eachCaseIsJudgedAsItsFileRecords() {
        return RecordedDecisions.onClassPath("cases").tests(ENGINE)
                .map(test -> DynamicTest.dynamicTest(test.getDisplayName(), test.getExecutable()));
    }
}
