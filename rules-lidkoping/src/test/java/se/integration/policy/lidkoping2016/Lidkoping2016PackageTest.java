package se.integration.policy.lidkoping2016;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Result;
import se.integration.policy.testkit.RecordedDecisions;

/** What holds for the package as a whole: its data against its sources, its messages, and how far its cases reach. */
class Lidkoping2016PackageTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final PolicyPackage PACKAGE = ENGINE.registry().get("lidkoping-2016");
    static final PolicyDefinition DEFINITION = PACKAGE.definition();
    static final Path DRL = Path.of("src/main/resources/se/integration/policy/lidkoping2016");
    static final Path SOURCE = Path.of("../docs/sources/003_782d7e5def298fa4.txt");

    @Test
    void everyRuleOfThePackageFiresInAtLeastOneCaseFile() {
        Set<String> fired = new HashSet<>();
        for (RecordedDecisions.Located located : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision record = Replay.parse(located.json());
            PolicyCase policyCase = ENGINE.read(record.caseJson());
            ENGINE.evaluator().evaluate(policyCase, PACKAGE, policyCase.asOf(), List.of(new DefaultAgendaEventListener() {
                @Override public void afterMatchFired(AfterMatchFiredEvent event) { fired.add(event.getMatch().getRule().getName()); }
            }));
        }
        Set<String> own = new TreeSet<>();
        for (KiePackage kp : ENGINE.evaluator().kieBase(PACKAGE).getKiePackages()) {
            if (kp.getName().equals(Lidkoping2016.class.getPackageName())) kp.getRules().stream().map(Rule::getName).forEach(own::add);
        }
        assertThat(own).hasSize(11);
        own.removeAll(fired);
        assertThat(own).as("rules no case file fires").isEmpty();
        assertThat(fired).as("the shared validity rule").contains("Validity: the version applied was not in force on the case's date");
    }

    /** Case files of this package list every obligation they expect, so a listed [] means none (replay alone matches a subset). */
    @Test
    void everyCaseFileListsExactlyTheObligationsOfItsResult() {
        List<String> problems = new ArrayList<>();
        for (RecordedDecisions.Located located : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision record = Replay.parse(located.json());
            JsonNode expected = record.expected().get("obligations");
            assertThat(expected).as("obligations of %s", located.displayName()).isNotNull();
            Result result = ENGINE.evaluate(ENGINE.read(record.caseJson()), "lidkoping-2016");
            if (result.obligations().size() != expected.size()) {
                problems.add(located.displayName() + ": " + result.obligations().size() + " obligations, " + expected.size() + " listed");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAllocationNamesTheInitiativeAndAmountOfTheBulletItCites() {
        List<String> problems = new ArrayList<>();
        for (AllocationDecision a : DEFINITION.parameters(AllocationDecision.class)) {
            String quote = DEFINITION.sources().get(a.cite()).quote();
            String amount = String.format(Locale.ROOT, "%,d", a.amount()).replace(',', ' ');
            if (!quote.contains("\"" + a.initiative() + "\"")) problems.add(a.identity() + ": initiative not in " + a.cite());
            if (!quote.contains(amount + " kr")) problems.add(a.identity() + ": " + amount + " kr not in " + a.cite());
            if (!a.oneOff() && !(quote.contains("per år") || quote.contains("årligen"))) problems.add(a.identity() + ": yearly, but the bullet is not");
            if (a.oneOff() && (quote.contains("per år") || quote.contains("årligen"))) problems.add(a.identity() + ": one-off, but the bullet is yearly");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theDecisionHasTwelveAllocationsToSixRecipientsEachCitingItsOwnBullet() throws Exception {
        List<AllocationDecision> all = DEFINITION.parameters(AllocationDecision.class);
        assertThat(all.stream().map(AllocationDecision::cite).distinct()).hasSize(12);
        assertThat(all.stream().map(AllocationDecision::initiative).distinct()).hasSize(12);
        assertThat(all.stream().map(AllocationDecision::recipient).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                "SOCIAL_OCH_ARBETSMARKNADSNAMNDEN", "UTBILDNINGSNAMNDEN", "KULTUR_OCH_FRITIDSNAMNDEN",
                "BARN_OCH_SKOLNAMNDEN", "KOMMUNSTYRELSEN", "TILLVAXT_LIDKOPING_AB");
        long bullets = Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("- ")).count();
        assertThat(bullets).isEqualTo(12);
        assertThat(all.stream().map(AllocationDecision::identity).distinct()).hasSize(all.size());
    }

    @Test
    void everyQuoteIsTheDocumentsOwnWords() throws Exception {
        String text = Files.readString(SOURCE, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        List<String> notFound = new ArrayList<>();
        DEFINITION.sources().forEach((id, s) -> {
            if (!text.contains(s.quote().replaceAll("\\s+", " "))) notFound.add(id);
            if (!text.contains(s.section())) notFound.add(id + " (section)");
        });
        assertThat(notFound).isEmpty();
    }

    @Test
    void everyAssumptionIdIsUniqueAndEveryHalfYearFollowsTheLastOne() {
        assertThat(DEFINITION.assumptions().stream().map(a -> a.id()).distinct()).hasSize(DEFINITION.assumptions().size());
        List<ReportBackHalfYear> halfYears = DEFINITION.parameters(ReportBackHalfYear.class);
        assertThat(halfYears.get(0).from()).isEqualTo(DEFINITION.validFrom());
        for (int i = 1; i < halfYears.size(); i++) assertThat(halfYears.get(i).from()).isEqualTo(halfYears.get(i - 1).due().plusDays(1));
        assertThat(halfYears.get(halfYears.size() - 1).due()).hasToString("2018-12-31");
    }

    @Test
    void everyCodeTheRulesCanRaiseHasASwedishAndAnEnglishMessage() throws Exception {
        Pattern finding = Pattern.compile("RaisedFinding\\.(?:error|warning|info|ineligible)\\(\\s*\"([A-Z_]+)\"");
        Pattern obligation = Pattern.compile("DueObligation\\.(?:of|advisory)\\(\\s*\"([A-Z_]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(DRL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(f);
                Matcher m = finding.matcher(drl);
                while (m.find()) keys.add("finding." + m.group(1));
                m = obligation.matcher(drl);
                while (m.find()) keys.add("obligation." + m.group(1));
            }
        }
        assertThat(keys).contains("finding.ONE_OFF_ALREADY_COMPLETED", "finding.ALLOCATED_TO_OTHER_RECIPIENT", "obligation.REPORT_BACK");
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            ResourceBundle own = ResourceBundle.getBundle(PACKAGE.messageBundle(), locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            ResourceBundle core = ResourceBundle.getBundle("se.integration.policy.core.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String k : keys) if (!own.containsKey(k) && !core.containsKey(k)) missing.add(locale + ":" + k);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleIsNamedAfterItsSectionAndEveryOutcomeIsCited() throws Exception {
        List<String> problems = new ArrayList<>();
        Pattern rule = Pattern.compile("rule \"([^\"]+)\"(.*?)\\nend", Pattern.DOTALL);
        try (Stream<Path> files = Files.list(DRL)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String section = switch (f.getFileName().toString()) {
                    case "Arendebeskrivning.drl" -> "Ärendebeskrivning: ";
                    case "Sammanfattning.drl" -> "Sammanfattning: ";
                    default -> throw new AssertionError("a DRL file not named after a section: " + f);
                };
                Matcher m = rule.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).startsWith(section)) problems.add(m.group(1) + ": not named after its section");
                    String body = m.group(2);
                    boolean outcome = body.contains("insert(");
                    if (outcome && !body.contains("@cite(") && !body.contains(".citing(")) problems.add(m.group(1) + ": no citation");
                    if (body.contains("insertLogical(") && outcome) problems.add(m.group(1) + ": classifies and judges at once");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theExampleClaimIsJudgedWithinItsAllocationWithItsReportBacksMetAndOpen() throws Exception {
        Result result = ENGINE.evaluate(ENGINE.read(Files.readString(Path.of("../examples/lidkoping/sockerbruket-claim-2017.json"))));
        assertThat(result.policy().id()).isEqualTo("lidkoping-2016");
        assertThat(result.eligible()).isTrue();
        assertThat(result.complete()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.obligations()).extracting(o -> o.due() + " " + o.status()).containsExactly("2017-06-30 MET", "2017-12-31 OPEN");
        assertThat(result.obligations().get(0).source().quote()).isEqualTo(DEFINITION.sources().get("reportBack").quote());
    }
}
