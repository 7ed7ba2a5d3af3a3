package se.integration.policy.lidkoping2016;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * The council's allocation of 2016-06-20 as recorded decisions: one claim per allocation and year, for
 * exactly the allocated amount, with the status and report-backs the report to the municipal executive
 * board records (src/test/resources/decisions/kf-2016-06-20.jsonl).
 */
class CouncilDecisionOf20June2016Test {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final Path CORPUS = Path.of("src/test/resources/decisions/kf-2016-06-20.jsonl");
    static final Path EXAMPLE = Path.of("../examples/lidkoping/kf-2016-06-20-decisions.jsonl");

    @TestFactory
    Stream<DynamicTest> eachAllocationOfTheDecisionIsStillDecidedAsRecorded() {
        return Lidkoping2016CasesTest.withoutSourceUri(RecordedDecisions.in(CORPUS).tests(ENGINE));
    }

    @Test
    void theCorpusHoldsOneClaimForEachAllocationAndYearOfTheDecision() {
        int allocations = new Lidkoping2016().definition().parameters(AllocationDecision.class).size();
        assertThat(RecordedDecisions.in(CORPUS).records()).hasSize(allocations).hasSize(26);
    }

    @Test
    void theCopyInExamplesIsTheSameCorpus() throws Exception {
        assertThat(Files.readString(EXAMPLE)).isEqualTo(Files.readString(CORPUS));
    }
}
