package se.integration.policy.lidkoping2016;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
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
            Evaluator.of(ENGINE).evaluate(policyCase, PACKAGE, policyCase.asOf(), List.of(new DefaultAgendaEventListener() {
                @Override public void afterMatchFired(AfterMatchFiredEvent event) { fired.add(event.getMatch().getRule().getName()); }
            }));
        }
        Set<String> own = new TreeSet<>();
        for (KiePackage kp : Evaluator.of(ENGINE).kieBase(PACKAGE).getKiePackages()) {
            if (kp.getName().equals(Lidkoping2016.class.getPackageName())) kp.getRules().stream().map(Rule::getName).forEach(own::add);
        }
        assertThat(own).hasSize(9);
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
            JsonNode expected = tree(record.expected()).get("obligations");
            assertThat(expected).as("obligations of %s", located.displayName()).isNotNull();
            Result result = ENGINE.evaluate(ENGINE.read(record.caseJson()), "lidkoping-2016");
            if (result.obligations().size() != expected.size()) {
                problems.add(located.displayName() + ": " + result.obligations().size() + " obligations, " + expected.size() + " listed");
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Both sides of every amount: for each recipient's initiative and amount (Sockerbruket has two), a case file
     * claiming exactly it for a year it is allocated for (no ALLOCATION_EXCEEDED) and one claiming one krona more
     * (ALLOCATION_EXCEEDED); and both kinds in every year of the decision.
     */
    @Test
    void everyAllocatedAmountHasACaseFileClaimingExactlyItAndOneClaimingOneKronaMore() {
        List<RecordedDecision> cases = caseFiles();
        Map<String, List<AllocationDecision>> byAmount = DEFINITION.parameters(AllocationDecision.class).stream()
                .collect(Collectors.groupingBy(a -> a.recipient() + "/" + a.initiative() + "/" + a.amount(), TreeMap::new, Collectors.toList()));
        List<String> missing = new ArrayList<>();
        Set<Integer> exactYears = new TreeSet<>(), overYears = new TreeSet<>();
        byAmount.forEach((key, decisions) -> {
            AllocationDecision a = decisions.get(0);
            Set<Integer> years = decisions.stream().map(AllocationDecision::year).collect(Collectors.toSet());
            List<RecordedDecision> exact = cases.stream().filter(c -> claims(c, a, years, a.amount()) && !expects(c, "ALLOCATION_EXCEEDED")).toList();
            List<RecordedDecision> over = cases.stream().filter(c -> claims(c, a, years, a.amount() + 1) && expects(c, "ALLOCATION_EXCEEDED")).toList();
            if (exact.isEmpty()) missing.add(key + ": exactly the amount");
            if (over.isEmpty()) missing.add(key + ": one krona more");
            exact.forEach(c -> exactYears.add(tree(c.caseJson()).get("year").asInt()));
            over.forEach(c -> overYears.add(tree(c.caseJson()).get("year").asInt()));
        });
        assertThat(missing).isEmpty();
        Set<Integer> decided = DEFINITION.parameters(AllocationDecision.class).stream().map(AllocationDecision::year).collect(Collectors.toSet());
        assertThat(exactYears).as("years with a case file claiming exactly an allocation").containsAll(decided);
        assertThat(overYears).as("years with a case file claiming one krona more").containsAll(decided);
    }

    /**
     * Both sides of every date edge of every half-year: judged on its last day without a report-back in it (OPEN) and
     * on the day after (OVERDUE); a report-back on its first day and one on its last day (each the only one in it:
     * MET); one on the day before it and one on the day after it (none in it: not MET).
     */
    @Test
    void everyHalfYearHasCaseFilesOnBothSidesOfItsFirstAndLastDay() {
        List<RecordedDecision> cases = caseFiles();
        List<String> missing = new ArrayList<>();
        for (ReportBackHalfYear h : DEFINITION.parameters(ReportBackHalfYear.class)) {
            String due = h.to().toString();
            if (cases.stream().noneMatch(c -> asOf(c).equals(h.to()) && reportBacksIn(c, h).isEmpty() && expectsObligation(c, due, "OPEN"))) {
                missing.add(due + ": judged on its last day, OPEN");
            }
            if (cases.stream().noneMatch(c -> asOf(c).equals(h.to().plusDays(1)) && reportBacksIn(c, h).isEmpty() && expectsObligation(c, due, "OVERDUE"))) {
                missing.add(due + ": judged on the day after, OVERDUE");
            }
            for (LocalDate day : List.of(h.from(), h.to())) {
                if (cases.stream().noneMatch(c -> reportBacksIn(c, h).equals(List.of(day)) && expectsObligation(c, due, "MET"))) {
                    missing.add(due + ": the only report-back on " + day + ", MET");
                }
            }
            for (LocalDate day : List.of(h.from().minusDays(1), h.to().plusDays(1))) {
                if (cases.stream().noneMatch(c -> reportBacks(c).contains(day) && reportBacksIn(c, h).isEmpty()
                        && (expectsObligation(c, due, "OPEN") || expectsObligation(c, due, "OVERDUE")))) {
                    missing.add(due + ": a report-back on " + day + " only, not MET");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCaseFileSaysItListsExactlyItsObligations() {
        assertThat(RecordedDecisions.onClassPath("cases").records()).allSatisfy(located ->
                assertThat(Replay.parse(located.json()).exactObligations()).as(located.displayName()).isTrue());
    }

    static List<RecordedDecision> caseFiles() {
        return RecordedDecisions.onClassPath("cases").records().stream().map(l -> Replay.parse(l.json())).toList();
    }

    static boolean claims(RecordedDecision c, AllocationDecision a, Set<Integer> years, long amount) {
        JsonNode k = tree(c.caseJson());
        return k.path("recipient").asText().equals(a.recipient()) && k.path("initiative").asText().equals(a.initiative())
                && years.contains(k.path("year").asInt()) && k.path("claimed").isIntegralNumber() && k.get("claimed").asLong() == amount;
    }

    static boolean expects(RecordedDecision c, String code) {
        for (JsonNode f : tree(c.expected()).path("findings")) if (f.path("code").asText().equals(code)) return true;
        return false;
    }

    static boolean expectsObligation(RecordedDecision c, String due, String status) {
        for (JsonNode o : tree(c.expected()).path("obligations")) {
            if (o.path("code").asText().equals("REPORT_BACK") && o.path("period").path("to").asText().equals(due)
                    && o.has("due") && o.get("due").isNull() && o.path("status").asText().equals(status)) return true;
        }
        return false;
    }

    static LocalDate asOf(RecordedDecision c) { return LocalDate.parse(tree(c.caseJson()).path("asOf").asText()); }

    static List<LocalDate> reportBacks(RecordedDecision c) {
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode r : tree(c.caseJson()).path("reportBacks")) dates.add(LocalDate.parse(r.path("date").asText()));
        return dates;
    }

    static List<LocalDate> reportBacksIn(RecordedDecision c, ReportBackHalfYear h) {
        return reportBacks(c).stream().filter(d -> !d.isBefore(h.from()) && !d.isAfter(h.to())).toList();
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
        for (int i = 1; i < halfYears.size(); i++) assertThat(halfYears.get(i).from()).isEqualTo(halfYears.get(i - 1).to().plusDays(1));
        assertThat(halfYears.get(halfYears.size() - 1).to()).hasToString("2018-12-31");
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
        assertThat(keys).contains("finding.ALLOCATED_TO_OTHER_RECIPIENT", "obligation.REPORT_BACK");
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

    /**
     * Messages name committees, not keys: every recipient of the decision has a label in Swedish and English, and
     * so has every committee on the decision's distribution list ("Beslutet ska skickas till"), whose name begins
     * its Swedish label ("Kultur- och fritidsnämnd" that of KULTUR_OCH_FRITIDSNAMNDEN).
     */
    @Test
    void everyRecipientAndEveryCommitteeTheDecisionIsSentToHasASwedishAndAnEnglishLabel() throws Exception {
        ResourceBundle sv = bundle(Locale.forLanguageTag("sv")), en = bundle(Locale.ENGLISH);
        Set<String> labels = sv.keySet().stream().filter(k -> k.startsWith("label.")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(en.keySet().stream().filter(k -> k.startsWith("label."))).containsExactlyInAnyOrderElementsOf(labels);
        for (AllocationDecision a : DEFINITION.parameters(AllocationDecision.class)) assertThat(labels).contains("label." + a.recipient());
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        List<String> sentTo = lines.subList(lines.indexOf("Beslutet ska skickas till") + 1, lines.size()).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(sentTo).hasSize(5).contains("Vård- och omsorgsnämnden");
        for (String committee : sentTo) {
            assertThat(labels.stream().map(sv::getString)).as("a Swedish label for %s", committee).anyMatch(l -> l.startsWith(committee));
        }
    }

    /** The recipients of the decision, by their names (not their keys). */
    static final String KEYS = "\"Barn- och skolnämnden\", \"Kommunstyrelsen\", \"Kultur- och fritidsnämnden\", "
            + "\"Social- och arbetsmarknadsnämnden\", \"Tillväxt Lidköping AB\", \"Utbildningsnämnden\".";

    /** A committee on the distribution list that is allocated nothing: named by its label, and the decision's recipient keys listed. */
    @Test
    void aCommitteeTheDecisionAllocatesNothingToIsNamedInTheMessageWithTheRecipientKeysOfTheDecision() {
        assertMessage("a-recipient-the-decision-allocates-nothing-to-is-an-unknown-allocation.json", "UNKNOWN_ALLOCATION",
                "Beslutet tilldelar inte Vård- och omsorgsnämnden några medel för satsningen ”Jämlikt arbetsliv”. "
                        + "Beslutet fördelar inga medel till den mottagaren. Beslutet fördelar medel till " + KEYS,
                "The decision allocates the Health and Social Care Committee (Vård- och omsorgsnämnden) no funds for the initiative \"Jämlikt arbetsliv\". "
                        + "The decision allocates no funds to that recipient. The decision allocates funds to " + KEYS);
    }

    /** The distribution list's "Kultur- och fritidsnämnd" written as a key: the message names the closest key, and lists them all. */
    @Test
    void anUnknownRecipientKeyCloseToAKnownOneIsToldTheClosestKey() {
        assertMessage("the-distribution-lists-spelling-kultur-och-fritidsnamnd-is-an-unknown-recipient-and-its-message-names-the-closest-key.json",
                "UNKNOWN_ALLOCATION",
                "Beslutet tilldelar inte KULTUR_OCH_FRITIDSNAMND några medel för satsningen ”Kultur och fritid för alla”. "
                        + "Beslutet fördelar inga medel till den mottagaren; närmast är Kultur- och fritidsnämnden. Beslutet fördelar medel till " + KEYS,
                "The decision allocates KULTUR_OCH_FRITIDSNAMND no funds for the initiative \"Kultur och fritid för alla\". "
                        + "The decision allocates no funds to that recipient; the closest is the Culture and Leisure Committee (Kultur- och fritidsnämnden). The decision allocates funds to " + KEYS);
    }

    /** A recipient the decision knows, claiming an initiative it does not allocate to it: the message says only that. */
    @Test
    void anInitiativeUnknownForAKnownRecipientIsToldNothingAboutRecipientKeys() {
        assertMessage("an-initiative-the-decision-does-not-name-is-an-unknown-allocation.json", "UNKNOWN_ALLOCATION",
                "Beslutet tilldelar inte Kultur- och fritidsnämnden några medel för satsningen ”Sommarlovsaktiviteter”.",
                "The decision allocates the Culture and Leisure Committee (Kultur- och fritidsnämnden) no funds for the initiative \"Sommarlovsaktiviteter\".");
    }

    @Test
    void theClosestRecipientKeyIsAtMostThreeLettersAway() {
        List<String> keys = List.of("BARN_OCH_SKOLNAMNDEN", "KULTUR_OCH_FRITIDSNAMNDEN", "UTBILDNINGSNAMNDEN");
        assertThat(Recipients.closest("KULTUR_OCH_FRITIDSNAMND", keys)).isEqualTo("KULTUR_OCH_FRITIDSNAMNDEN");
        assertThat(Recipients.closest("Kultur- och fritidsnämnd", keys)).isEqualTo("KULTUR_OCH_FRITIDSNAMNDEN");
        assertThat(Recipients.closest("UTBILDNINGSNAMND", keys)).isEqualTo("UTBILDNINGSNAMNDEN");
        assertThat(Recipients.closest("UTBILDNINGSNAMN", keys)).isEqualTo("UTBILDNINGSNAMNDEN");
        assertThat(Recipients.closest("UTBILDNINGSNAM", keys)).isNull();
        assertThat(Recipients.closest("VARD_OCH_OMSORGSNAMNDEN", keys)).isNull();
        assertThat(Recipients.closest("K".repeat(100_000), keys)).isNull();
    }

    /** An allocation's years are assumed exactly where its bullet names none, and the assumption it names exists. */
    @Test
    void anAllocationNamesTheAssumptionOfItsYearExactlyWhereItsBulletNamesNoYear() {
        Set<String> assumptions = DEFINITION.assumptions().stream().map(a -> a.id()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (AllocationDecision a : DEFINITION.parameters(AllocationDecision.class)) {
            boolean namesAYear = Pattern.compile("\\b20\\d\\d\\b").matcher(DEFINITION.sources().get(a.cite()).quote()).find();
            if (namesAYear == (a.yearsAssumption() != null)) problems.add(a.identity() + ": yearsAssumption " + a.yearsAssumption());
            if (a.yearsAssumption() != null && !assumptions.contains(a.yearsAssumption())) problems.add(a.identity() + ": no assumption " + a.yearsAssumption());
        }
        assertThat(problems).isEmpty();
        assertThat(DEFINITION.parameters(AllocationDecision.class).stream().filter(a -> a.yearsAssumption() != null)).hasSize(5);
    }

    @Test
    void aYearTheDecisionDoesNotNameIsShownAsAssumedInTheMessages() {
        assertMessage("the-swimming-school-claimed-for-2017-while-still-started-is-only-outside-the-allocation-period.json", "OUTSIDE_ALLOCATION_PERIOD",
                "Satsningen har inga tilldelade medel för 2017; medel är tilldelade för 2016 (år antaget).",
                "The initiative has no funds allocated for 2017; funds are allocated for 2016 (year assumed).");
        assertMessage("tillvaxt-lidkoping-ab-claiming-for-2017-is-outside-the-allocation-assumed-for-2016.json", "OUTSIDE_ALLOCATION_PERIOD",
                "Satsningen har inga tilldelade medel för 2017; medel är tilldelade för 2016 (år antaget).",
                "The initiative has no funds allocated for 2017; funds are allocated for 2016 (year assumed).");
        assertMessage("kultur-och-fritid-for-alla-claimed-for-2019-is-after-the-three-assumed-years.json", "OUTSIDE_ALLOCATION_PERIOD",
                "Satsningen har inga tilldelade medel för 2019; medel är tilldelade för 2016, 2017, 2018 (åren antagna).",
                "The initiative has no funds allocated for 2019; funds are allocated for 2016, 2017, 2018 (years assumed).");
        assertMessage("one-krona-more-than-the-150-000-kr-allocated-to-the-swimming-school-for-2016-exceeds-the-allocation.json", "ALLOCATION_EXCEEDED",
                "Begärt belopp för 2016 är 150\u00a0001 kr; satsningen är tilldelad 150\u00a0000 kr för året (år antaget).",
                "The amount claimed for 2016 is SEK 150\u00a0001; the initiative is allocated SEK 150\u00a0000 for the year (year assumed).");
    }

    @Test
    void aYearTheDecisionNamesIsShownWithoutANote() {
        assertMessage("sprakstudio-allocated-110-000-kr-for-2016-only-claimed-for-2017-is-outside-the-allocation-period.json", "OUTSIDE_ALLOCATION_PERIOD",
                "Satsningen har inga tilldelade medel för 2017; medel är tilldelade för 2016.",
                "The initiative has no funds allocated for 2017; funds are allocated for 2016.");
        assertMessage("a-claim-for-2019-the-year-after-a-2016-2018-allocation-is-outside-the-allocation-period.json", "OUTSIDE_ALLOCATION_PERIOD",
                "Satsningen har inga tilldelade medel för 2019; medel är tilldelade för 2016, 2017, 2018.",
                "The initiative has no funds allocated for 2019; funds are allocated for 2016, 2017, 2018.");
        assertMessage("one-krona-more-than-the-223-000-kr-allocated-to-sockerbruket-for-2016-exceeds-the-allocation.json", "ALLOCATION_EXCEEDED",
                "Begärt belopp för 2016 är 223\u00a0001 kr; satsningen är tilldelad 223\u00a0000 kr för året.",
                "The amount claimed for 2016 is SEK 223\u00a0001; the initiative is allocated SEK 223\u00a0000 for the year.");
    }

    static void assertMessage(String caseFile, String code, String sv, String en) {
        List<se.integration.policy.core.result.Finding> findings = evaluateCaseFile(caseFile).findings(code);
        assertThat(findings).as("%s in %s", code, caseFile).hasSize(1);
        assertThat(findings.get(0).message().sv()).as("Swedish").isEqualTo(sv);
        assertThat(findings.get(0).message().en()).as("English").isEqualTo(en);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(PACKAGE.messageBundle(), locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Result evaluateCaseFile(String name) {
        RecordedDecisions.Located located = RecordedDecisions.onClassPath("cases").records().stream()
                .filter(l -> l.location().endsWith("/" + name)).findFirst().orElseThrow(() -> new AssertionError("no case file " + name));
        return ENGINE.evaluate(ENGINE.read(Replay.parse(located.json()).caseJson()), "lidkoping-2016");
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
        assertThat(result.obligations()).extracting(o -> o.due() + " " + o.period().from() + "–" + o.period().to() + " " + o.status())
                .as("judged against each half-year, with no due day").containsExactly("null 2017-01-01–2017-06-30 MET", "null 2017-07-01–2017-12-31 OPEN");
        assertThat(result.obligations().get(0).source().quote()).isEqualTo(DEFINITION.sources().get("reportBack").quote());
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
