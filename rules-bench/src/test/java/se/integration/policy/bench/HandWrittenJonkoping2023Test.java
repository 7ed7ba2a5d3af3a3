package se.integration.policy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.Outcome;
import se.integration.policy.core.facts.RaisedFinding;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Result;

/**
 * The two comparisons of the benchmark judge what the library judges: the hand-written Jönköping 2023
 * rules give the library's result on every bundled Jönköping example and on every case file of the
 * package, and the usual Drools usage fires the same rules (the same findings).
 */
class HandWrittenJonkoping2023Test {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final PolicyPackage JONKOPING_2023 = ENGINE.registry().get("jonkoping-2023");
    static final Path CASE_FILES = Path.of("../rules-jonkoping-2023/src/test/resources/cases");

    /** Every Jönköping 2023 example and case file, by name (a case file about invalid input is left out). */
    static Map<String, PolicyCase> cases() throws IOException {
        Map<String, PolicyCase> cases = new LinkedHashMap<>();
        for (PolicyCase c : Examples.of(ENGINE, JONKOPING_2023)) cases.put("example " + c.caseId(), c);
        try (Stream<Path> files = Files.list(CASE_FILES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                RecordedDecision record = Replay.parse(Files.readString(f));
                try {
                    cases.put(f.getFileName().toString(), ENGINE.read(record.caseJson()));
                } catch (InvalidCaseException e) {
                    // not a case to judge
                }
            }
        }
        return cases;
    }

    /** What the comparison covers: eligible, complete, findings, decision, priority, obligations, repayment. */
    static List<String> comparable(Result r) {
        List<String> parts = new ArrayList<>();
        parts.add("eligible " + r.eligible());
        parts.add("complete " + r.complete());
        for (Finding f : r.findings()) {
            parts.add("finding " + f.code() + " " + f.subject() + " " + f.severity() + " " + f.rule() + " " + f.message() + " " + f.source());
        }
        r.obligations().stream().map(o -> "obligation " + o.code() + " " + o.subject() + " " + o.due() + " " + o.status())
                .sorted().forEach(parts::add);
        parts.add("decision " + (r.decision() == null ? null : r.decision().authority() + " " + r.decision().consultations()
                + " " + r.decision().preparedBy() + " " + r.decision().meetingWithApplicant()));
        parts.add("priority " + (r.priority() == null ? null : r.priority().areas() + " " + r.priority().factors()));
        parts.add("repayment " + (r.repayment() == null ? null : r.repayment().mayBeRequired() + " "
                + new TreeSet<>(r.repayment().grounds()) + " " + r.repayment().amount()));
        return parts;
    }

    static LocalDate asOf(PolicyCase c) { return c.asOf() != null ? c.asOf() : ENGINE.today(); }

    @Test
    void theHandWrittenRulesJudgeEveryJonkoping2023ExampleAndCaseFileAsTheLibraryDoes() throws IOException {
        HandWrittenJonkoping2023 handWritten = new HandWrittenJonkoping2023(JONKOPING_2023);
        Map<String, PolicyCase> cases = cases();
        assertThat(cases.keySet()).anyMatch(n -> n.startsWith("example ")).anyMatch(n -> n.endsWith(".json"));
        for (var e : cases.entrySet()) {
            PolicyCase c = e.getValue();
            Result library = ENGINE.evaluate(c, JONKOPING_2023);
            Result byHand = handWritten.evaluate((GrantApplication) c, asOf(c));
            assertThat(comparable(byHand)).as(e.getKey()).containsExactlyElementsOf(comparable(library));
            assertThat(byHand.policy()).isEqualTo(library.policy());
            assertThat(byHand.caseId()).isEqualTo(library.caseId());
            assertThat(byHand.asOf()).isEqualTo(library.asOf());
        }
    }

    @Test
    void theUsualDroolsUsageRaisesTheFindingsTheLibraryRaises() throws IOException {
        UsualDrools usual = new UsualDrools(JONKOPING_2023);
        for (var e : cases().entrySet()) {
            PolicyCase c = e.getValue();
            TreeSet<String> library = new TreeSet<>(), drools = new TreeSet<>();
            for (Finding f : ENGINE.evaluate(c, JONKOPING_2023).findings()) library.add(f.code() + " " + f.subject());
            List<Outcome> outcomes = usual.evaluate(c, asOf(c));
            for (Outcome o : outcomes) if (o instanceof RaisedFinding f) drools.add(f.code() + " " + f.subject());
            assertThat(drools).as(e.getKey()).isEqualTo(library);
            assertThat(outcomes).as(e.getKey()).isNotEmpty();
        }
    }

}
