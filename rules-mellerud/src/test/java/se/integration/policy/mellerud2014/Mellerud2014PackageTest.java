package se.integration.policy.mellerud2014;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.FocusArea;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.testkit.RecordedDecisions;

/** What the case files cannot show on their own: coverage, citations, messages, vocabulary and selection. */
class Mellerud2014PackageTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final String ID = "mellerud-2014";
    static final Path DOCUMENT = Path.of("..", "docs", "sources", "002_3571fdabaa7a1ee1.txt");
    static final String OWN_RULES = "se.integration.policy.mellerud2014";
    static final Set<String> SHARED_RULES = Set.of("se.integration.policy.core.rules.plan", "se.integration.policy.core.rules.validity");
    /** Needs a RevisionDue parameter; the text names no revision date, so the package has none. */
    static final String NEVER_FIRES = "Validity: judged after the date by which the policy is to be revised";

    static PolicyPackage pkg() { return ENGINE.registry().get(ID); }

    @Test
    void everyRuleOfThePackageAndOfItsSharedRuleSetsIsExercisedByACaseFile() {
        Set<String> fired = new TreeSet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent event) {
                Rule r = event.getMatch().getRule();
                fired.add(r.getPackageName() + "/" + r.getName());
            }
        };
        for (RecordedDecisions.Located r : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision d = Replay.parse(r.json());
            PolicyCase c = ENGINE.read(d.caseJson());
            ENGINE.evaluator().evaluate(c, pkg(), c.asOf(), List.of(listener));
        }
        Set<String> all = new TreeSet<>();
        for (KiePackage p : ENGINE.evaluator().kieBase(pkg()).getKiePackages()) {
            if (!p.getName().equals(OWN_RULES) && !SHARED_RULES.contains(p.getName())) continue;
            for (Rule rule : p.getRules()) if (!rule.getName().equals(NEVER_FIRES)) all.add(p.getName() + "/" + rule.getName());
        }
        assertThat(all).as("the rules").hasSizeGreaterThan(15);
        assertThat(fired).containsAll(all);
    }

    @Test
    void everyQuoteIsTheDocumentsOwnWords() throws IOException {
        String document = normalise(Files.readString(DOCUMENT, StandardCharsets.UTF_8).replace("**", ""));
        PolicyDefinition d = pkg().definition();
        assertThat(d.source()).isEqualTo(DOCUMENT.getFileName().toString());
        List<String> wrong = new ArrayList<>();
        d.sources().forEach((id, text) -> {
            int from = 0;
            for (String part : text.quote().split("\\[…\\]")) {
                int at = document.indexOf(normalise(part), from);
                if (at < 0) { wrong.add(id + ": \"" + part.strip() + "\""); break; }
                from = at + normalise(part).length();
            }
        });
        assertThat(wrong).as("quotes not found (in order) in " + DOCUMENT).isEmpty();
    }

    @Test
    void everyCitationNamesASectionOfTheDocument() throws IOException {
        String document = normalise(Files.readString(DOCUMENT, StandardCharsets.UTF_8));
        for (var e : pkg().definition().sources().entrySet()) {
            SourceText text = e.getValue();
            // "5. Ansvarsfördelning: Förvaltningar och bolag", "Bilaga 2: Ekonomisk fördelning …": each level is a heading
            for (String level : text.section().split(": ")) {
                String heading = level.replaceFirst("^Bilaga (\\d)$", "$1.");
                assertThat(document).as(e.getKey() + " section level \"" + level + "\"").contains(normalise(heading));
            }
        }
    }

    @Test
    void everyCodeTheRulesRaiseHasASwedishAndAnEnglishMessage() throws IOException, URISyntaxException {
        Pattern raised = Pattern.compile("(?:RaisedFinding\\.(?:error|warning|info|ineligible)|DueObligation\\.of)\\(\"([A-Z_]+)\"");
        Set<String> keys = new TreeSet<>();
        Path rules = Path.of(getClass().getClassLoader().getResource("se/integration/policy/mellerud2014/Uppfoljning.drl").toURI()).getParent();
        try (Stream<Path> files = Files.list(rules)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = raised.matcher(Files.readString(drl, StandardCharsets.UTF_8));
                while (m.find()) keys.add((m.group(0).startsWith("Due") ? "obligation." : "finding.") + m.group(1));
            }
        }
        assertThat(keys).contains("finding.MISSING_ANNUAL_PLAN", "obligation.STATE_GRANT_DISTRIBUTION");
        // the shared rule sets' codes, and the labels of this package's vocabulary
        keys.addAll(List.of("finding.FOCUS_AREA_COVERED", "finding.FOCUS_AREA_NOT_COVERED", "finding.POLICY_NOT_IN_FORCE",
                "finding.OBLIGATION_OVERDUE", "finding.OBLIGATION_LATE", "label.ANNUAL_PLAN", "label.ANNUAL_FOLLOW_UP",
                "label.CHILDREN", "label.ADULTS", "label.CHILDREN_AND_ADULTS"));
        pkg().definition().parameters(FocusArea.class).forEach(a -> keys.add("label." + a.key()));
        pkg().definition().parameters(AnnualDeadline.class).stream().filter(a -> a.subject() != null).forEach(a -> keys.add("label." + a.subject()));
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            List<ResourceBundle> bundles = List.of(bundle(pkg().messageBundle(), locale), bundle("se.integration.policy.core.messages", locale));
            for (String key : keys) {
                assertThat(bundles.stream().anyMatch(b -> b.containsKey(key))).as(key + " (" + locale + ")").isTrue();
            }
        }
    }

    @Test
    void theStateGrantDistributionSaysItIsTheMunicipalExecutiveAdministrationsDutyNotTheCommittees() {
        Result result = judge("a-committee-plan-for-2015-with-measures-for-children-and-adults-in-all-four-focus-areas-is-complete");
        Obligation q1 = result.obligations().stream().filter(o -> o.code().equals("STATE_GRANT_DISTRIBUTION") && "Q1".equals(o.subject()))
                .findFirst().orElseThrow();
        assertThat(q1.message().sv()).contains("Kommunstyrelseförvaltningen (inte nämnden)", "första kvartalet", "2015-03-31", "öppen");
        assertThat(q1.message().en()).contains("municipal executive administration (not the committee)", "first quarter");
        assertThat(q1.period()).isEqualTo(new Obligation.Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 3, 31)));
        assertThat(q1.rule()).isEqualTo(ID + "/Ekonomisk fördelning: kommunstyrelseförvaltningen distributes the state grant in a quarter not yet past");
        assertThat(q1.source().quote()).startsWith("En gång i kvartalet fördelar kommunstyrelseförvaltningen statsbidraget");
    }

    @Test
    void aMissingFollowUpPartIsNamedAndCitedByItsOwnSentence() {
        Result result = judge("a-follow-up-without-its-results-lacks-that-part");
        var finding = result.findings().stream().filter(f -> f.code().equals("MISSING_FOLLOW_UP_SECTION")).findFirst().orElseThrow();
        assertThat(finding.message().sv()).isEqualTo("Uppföljningen saknar delen ”vilka resultat man ser av arbetet”.");
        assertThat(finding.source().quote()).endsWith("Redogörelse för vilka resultat man ser av arbetet.");
        assertThat(finding.source().section()).isEqualTo("6. Uppföljning");
    }

    @Test
    void theMissingTargetGroupIsNamedInTheMessage() {
        assertThat(message("measures-for-children-only-do-not-target-adults")).endsWith("saknar insatser för vuxna.");
        assertThat(message("measures-for-adults-only-do-not-target-children")).endsWith("saknar insatser för barn.");
        assertThat(message("measures-naming-no-target-group-are-for-neither-children-nor-adults")).endsWith("saknar insatser för barn och för vuxna.");
    }

    @Test
    void aFocusAreaThatIsNotOneOfMelleruds4IsInvalidInput() {
        String json = """
                {"kind": "ACTION_PLAN", "municipality": "mellerud", "asOf": "2015-03-01", "organisation": {"type": "COMMITTEE"},
                 "year": 2015, "measures": [{"title": "Bostad", "focusAreas": ["WORK", "HOUSING"], "targets": ["ADULTS"]}]}""";
        assertThatThrownBy(() -> ENGINE.evaluate(json, ID)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("$.measures[0].focusAreas[1]"));
    }

    @Test
    void aMellerudCaseFrom10September2014IsJudgedUnderThisVersionWithoutNamingIt() {
        assertThat(ENGINE.select(ENGINE.read(plan("2014-09-10"))).id()).isEqualTo(ID);
        assertThat(ENGINE.select(ENGINE.read(plan("2031-01-01"))).id()).isEqualTo(ID);
        assertThatThrownBy(() -> ENGINE.select(ENGINE.read(plan("2014-09-09")))).isInstanceOf(PolicySelectionException.class);
    }

    private static String plan(String asOf) {
        return """
                {"kind": "ACTION_PLAN", "municipality": "mellerud", "asOf": "%s", "organisation": {"type": "COMMITTEE"}}""".formatted(asOf);
    }

    private static String message(String caseFile) {
        return judge(caseFile).findings().stream().filter(f -> f.code().equals("CHILDREN_AND_ADULTS_NOT_BOTH_TARGETED"))
                .findFirst().orElseThrow().message().sv();
    }

    private static Result judge(String caseFile) {
        RecordedDecisions.Located r = RecordedDecisions.onClassPath("cases/" + caseFile + ".json").records().get(0);
        return Replay.check(ENGINE, Replay.parse(r.json())).result();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String normalise(String s) { return s.replaceAll("\\s+", " ").strip(); }
}
