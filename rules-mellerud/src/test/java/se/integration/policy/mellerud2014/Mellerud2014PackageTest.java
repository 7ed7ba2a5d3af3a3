package se.integration.policy.mellerud2014;

import se.integration.policy.core.internal.engine.Evaluator;
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
import se.integration.policy.core.facts.ObligationStatus;
import se.integration.policy.core.facts.Severity;
import se.integration.policy.core.model.ActionPlan.OrganisationType;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Finding;
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
            Evaluator.of(ENGINE).evaluate(c, pkg(), c.asOf(), List.of(listener));
        }
        Set<String> all = new TreeSet<>();
        for (KiePackage p : Evaluator.of(ENGINE).kieBase(pkg()).getKiePackages()) {
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
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (var e : pkg().definition().sources().entrySet()) {
            for (String problem : notHeadings(document, e.getValue().section())) wrong.add(e.getKey() + ": " + problem);
        }
        assertThat(wrong).as("cited sections that are not headings of " + DOCUMENT).isEmpty();
    }

    @Test
    void aSectionThatIsNotAHeadingOfTheDocumentIsCaught() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        assertThat(notHeadings(document, "Bilaga 2: Ekonomisk fördelning utifrån ersättningsförordningen")).isEmpty();
        assertThat(notHeadings(document, "Bilaga 1: Ansvarsfördelning inom den kommunala organisationen")).isEmpty();
        // the second appendix is not "2. Syfte", nor the first appendix's title, nor a third appendix
        assertThat(notHeadings(document, "Bilaga 2: Syfte")).isNotEmpty();
        assertThat(notHeadings(document, "Bilaga 2")).isNotEmpty();
        assertThat(notHeadings(document, "Bilaga 2: Ansvarsfördelning inom den kommunala organisationen")).isNotEmpty();
        assertThat(notHeadings(document, "Bilaga 3: Ekonomisk fördelning utifrån ersättningsförordningen")).isNotEmpty();
        assertThat(notHeadings(document, "7. Uppföljning")).isNotEmpty();
    }

    /**
     * What is wrong with a cited section: "5. Ansvarsfördelning: Förvaltningar och bolag" names a
     * heading and a sub-heading of the text; "Bilaga N: Title" names the N-th entry of the document's
     * list "Bilagor", title and all.
     */
    static List<String> notHeadings(String document, String section) {
        List<String> problems = new ArrayList<>();
        String[] levels = section.split(": ");
        Matcher appendix = Pattern.compile("^Bilaga (\\d+)$").matcher(levels[0]);
        if (appendix.matches()) {
            String title = appendices(document).get(appendix.group(1));
            if (title == null) problems.add("\"" + levels[0] + "\" is not in the list of appendices");
            else if (levels.length != 2 || !normalise(levels[1]).equals(normalise(title))) {
                problems.add("\"" + section + "\" does not name the appendix's title \"" + title + "\"");
            }
            return problems;
        }
        String text = normalise(document);
        for (String level : levels) if (!text.contains(normalise(level))) problems.add("\"" + level + "\" is not in the document");
        return problems;
    }

    /** The document's list "Bilagor": number → title. */
    static java.util.Map<String, String> appendices(String document) {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        String list = document.substring(document.indexOf("\nBilagor\n") + "\nBilagor\n".length(), document.indexOf("\n1. Inledning"));
        Matcher m = Pattern.compile("(?m)^(\\d+)\\. (.+)$").matcher(list);
        while (m.find()) titles.put(m.group(1), m.group(2).strip());
        assertThat(titles).as("the list of appendices").hasSize(2);
        return titles;
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
        assertThat(keys).contains("finding.MISSING_ANNUAL_PLAN", "finding.STATE_GRANT_DISTRIBUTION");
        // who holds the duty, named in the message for each organisation type (assumption "organisation.pairs")
        for (OrganisationType type : OrganisationType.values()) keys.addAll(List.of("label.contactPersonBy." + type, "label.planBy." + type));
        // the shared rule sets' codes, and the labels of this package's vocabulary
        keys.addAll(List.of("finding.FOCUS_AREA_COVERED", "finding.FOCUS_AREA_NOT_COVERED", "finding.POLICY_NOT_IN_FORCE",
                "finding.OBLIGATION_OVERDUE", "finding.OBLIGATION_LATE", "label.due.period", "label.ANNUAL_PLAN", "label.ANNUAL_FOLLOW_UP",
                "label.CHILDREN", "label.ADULTS", "label.CHILDREN_AND_ADULTS"));
        pkg().definition().parameters(FocusArea.class).forEach(a -> keys.add("label." + a.key()));
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            List<ResourceBundle> bundles = List.of(bundle(pkg().messageBundle(), locale), bundle("se.integration.policy.core.messages", locale));
            for (String key : keys) {
                assertThat(bundles.stream().anyMatch(b -> b.containsKey(key))).as(key + " (" + locale + ")").isTrue();
            }
        }
    }

    @Test
    void theContactPersonAndTheAnnualDutiesHaveMessagesInMellerudsOwnBundle() {
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            ResourceBundle own = bundle(pkg().messageBundle(), locale);
            for (String key : List.of("finding.MISSING_CONTACT_PERSON", "finding.MISSING_ANNUAL_PLAN", "obligation.CONTACT_PERSON",
                    "obligation.ANNUAL_PLAN", "obligation.ANNUAL_FOLLOW_UP")) {
                assertThat(own.containsKey(key)).as(key + " (" + locale + ") in Mellerud's own bundle").isTrue();
            }
        }
    }

    @Test
    void theStateGrantDistributionIsNoObligationOfThePlanButAnInfoNamingWhoseTaskItIs() {
        Result result = judge("a-committee-plan-for-2015-with-measures-for-children-and-adults-in-all-four-focus-areas-is-complete");
        assertThat(result.obligations()).extracting(Obligation::code).doesNotContain("STATE_GRANT_DISTRIBUTION");
        var info = result.findings("STATE_GRANT_DISTRIBUTION");
        assertThat(info).singleElement().satisfies(f -> {
            assertThat(f.severity().name()).isEqualTo("INFO");
            assertThat(f.message().sv()).contains("kommunstyrelseförvaltningen", "årsprognos", "bedöms inte här");
            assertThat(f.message().en()).contains("municipal executive administration", "not judged here");
            assertThat(f.source().quote()).startsWith("En gång i kvartalet fördelar kommunstyrelseförvaltningen statsbidraget");
        });
    }

    @Test
    void theAnnualDutiesHaveNoDueDayAndAreJudgedAgainstThePlansYear() {
        Result result = judge("a-committee-plan-for-2015-with-measures-for-children-and-adults-in-all-four-focus-areas-is-complete");
        for (Obligation o : result.obligations()) {
            assertThat(o.due()).as(o.code()).isNull();
            if (!o.code().equals("CONTACT_PERSON")) {
                assertThat(o.period()).as(o.code()).isEqualTo(new Obligation.Period(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)));
            }
        }
    }

    @Test
    void theMissingContactPersonMessageNamesWhoAppointsForTheOrganisationWhosePlanItIs() {
        assertThat(finding("a-committee-plan-without-a-contact-person-is-missing-one", "MISSING_CONTACT_PERSON").message().sv())
                .isEqualTo("Nämndens förvaltning ska utse kontaktperson för ökad integration; planen anger ingen.");
        assertThat(finding("a-company-board-without-a-contact-person-is-missing-one", "MISSING_CONTACT_PERSON").message().sv())
                .isEqualTo("Bolaget som styrelsen leder ska utse kontaktperson för ökad integration; planen anger ingen.");
        assertThat(finding("an-administration-without-a-contact-person-is-missing-one", "MISSING_CONTACT_PERSON").message().sv())
                .isEqualTo("Förvaltningen ska utse kontaktperson för ökad integration; planen anger ingen.");
        var company = finding("a-company-without-a-contact-person-is-missing-one", "MISSING_CONTACT_PERSON");
        assertThat(company.message().sv()).isEqualTo("Bolaget ska utse kontaktperson för ökad integration; planen anger ingen.");
        assertThat(company.message().en()).isEqualTo("The company shall appoint a contact person for increased integration; the plan names none.");
        assertThat(company.source().quote()).isEqualTo("Förvaltningar och bolag ska […] utse kontaktpersoner för ökad integration.");
        Obligation duty = obligation(judge("a-committee-plan-without-a-contact-person-is-missing-one"), "CONTACT_PERSON", null);
        assertThat(duty.message().sv()).isEqualTo("Förvaltningen eller bolaget ska utse kontaktperson för ökad integration "
                + "(för en nämnds eller styrelses plan: dess förvaltning eller bolag): öppen.");
        assertThat(duty.message().en()).startsWith("The administration or company shall appoint a contact person");
    }

    @Test
    void theAnnualDutiesSayTheyAreTheCommitteesOrBoardsForAnAdministrationsOrCompanysPlan() {
        assertThat(finding("a-plan-with-no-measures-is-missing-the-annual-plan-and-covers-no-focus-area", "MISSING_ANNUAL_PLAN").message().sv())
                .isEqualTo("Planen innehåller inga åtgärder; nämnden ska årligen upprätta en plan för hur man ska arbeta för ökad integration.");
        assertThat(finding("a-company-boards-plan-with-no-measures-is-missing-the-annual-plan", "MISSING_ANNUAL_PLAN").message().en())
                .isEqualTo("The plan contains no measures; the board shall each year draw up a plan for how to work for increased integration.");
        assertThat(finding("an-administrations-plan-with-no-measures-is-missing-its-committees-annual-plan", "MISSING_ANNUAL_PLAN").message().sv())
                .contains("förvaltningens nämnd ska årligen upprätta en plan");
        Result administration = judge("an-administration-without-a-contact-person-is-missing-one");
        assertThat(obligation(administration, "ANNUAL_PLAN", "2015").message().sv())
                .isEqualTo("Nämnden eller styrelsen ska årligen upprätta en plan för integrationsarbetet "
                        + "(för en förvaltnings eller ett bolags plan: dess nämnd eller styrelse): planen för 2015, ingen sista dag "
                        + "(handlingsplanen säger ”årligen”; bedöms mot året), uppfylld.");
        assertThat(obligation(administration, "ANNUAL_FOLLOW_UP", "2015").message().en())
                .contains("for an administration's or company's plan: its committee's or board's");
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

    private static Obligation obligation(Result result, String code, String subject) {
        return result.obligations().stream().filter(o -> o.code().equals(code) && java.util.Objects.equals(subject, o.subject()))
                .findFirst().orElseThrow(() -> new AssertionError("no obligation " + code + " " + subject));
    }

    private static Finding finding(String caseFile, String code) {
        return judge(caseFile).findings().stream().filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(caseFile + ": no finding " + code));
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
