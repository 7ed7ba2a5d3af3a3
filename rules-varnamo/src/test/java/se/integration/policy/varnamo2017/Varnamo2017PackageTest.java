package se.integration.policy.varnamo2017;

import se.integration.policy.core.engine.EngineAccess;
import se.integration.policy.core.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.FollowUpNotBefore;
import se.integration.policy.core.facts.JudgedDeadline;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.OrganisationType;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.testkit.RecordedDecisions;

/** The package as a whole: its definition against its source text, its rules against its case files. */
class Varnamo2017PackageTest {
    static final PolicyEngine ENGINE = Varnamo2017CasesTest.ENGINE;
    static final String ID = "varnamo-2017";
    static final String RULES = "se/integration/policy/varnamo2017";

    static PolicyPackage policy() { return ENGINE.registry().get(ID); }

    static PolicyDefinition definition() { return policy().definition(); }

    /** The guideline text, from docs/sources of this repository (tests run in the module's folder). */
    static String sourceText() {
        try {
            return Files.readString(Path.of("..", "docs", "sources", definition().source()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalised(String s) { return s.replaceAll("\\s+", " ").trim(); }

    @Test
    void theDocumentsTaxonomyOfDocumentKindsIsExposedThroughTheDefinitionInItsOwnWords() {
        Map<String, String> taxonomy = definition().taxonomy();
        assertThat(taxonomy).containsOnlyKeys("reglemente", "policy", "plan", "åtgärdsplan", "riktlinje");
        assertThat(definition().documentType()).isEqualTo("policy");
        assertThat(taxonomy).containsKey(definition().documentType());
        assertThat(taxonomy.get("åtgärdsplan")).isEqualTo("Anger konkreta åtgärder, tidsramar och ansvar.");
        String text = normalised(sourceText());
        taxonomy.forEach((term, meaning) -> {
            assertThat(text).as("the heading of %s", term).contains(" " + term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1) + " ");
            assertThat(text).as("the meaning of %s", term).contains(normalised(meaning));
        });
    }

    @Test
    void everyQuoteIsTheDocumentsOwnWords() {
        String text = normalised(sourceText());
        assertThat(definition().sources()).isNotEmpty();
        definition().sources().forEach((id, source) -> {
            for (String part : source.quote().split("\\[…\\]")) {
                assertThat(text).as("source %s quotes the document", id).contains(normalised(part));
            }
        });
    }

    @Test
    void everySectionCitedIsAHeadingOfTheDocument() {
        Set<String> lines = new LinkedHashSet<>(sourceText().lines().map(String::trim).toList());
        for (SourceText source : definition().sources().values()) {
            assertThat(lines).as("section %s", source.section()).contains(source.section());
        }
    }

    @Test
    void everyRuleOfThePackageAndOfTheSharedRuleSetsItUsesFiresInSomeCaseFile() {
        Set<String> fired = new TreeSet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent event) {
                Rule r = event.getMatch().getRule();
                fired.add(r.getPackageName() + " / " + r.getName());
            }
        };
        for (RecordedDecisions.Located record : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision d = Replay.parse(record.json());
            PolicyCase c = EngineAccess.read(ENGINE, d.caseJson());
            PolicyPackage p = d.policy() == null ? ENGINE.select(c) : ENGINE.registry().get(d.policy());
            Evaluator.of(ENGINE).evaluate(c, p, c.asOf(), List.of(listener));
        }
        Set<String> all = new TreeSet<>();
        for (KiePackage kp : Evaluator.of(ENGINE).kieBase(policy()).getKiePackages()) {
            for (Rule r : kp.getRules()) all.add(r.getPackageName() + " / " + r.getName());
        }
        assertThat(all).anyMatch(r -> r.startsWith("se.integration.policy.varnamo2017 / "))
                .anyMatch(r -> r.startsWith("se.integration.policy.core.rules.plan / "))
                .anyMatch(r -> r.startsWith("se.integration.policy.core.rules.validity / "));
        assertThat(fired).as("rules fired by the case files").containsAll(all);
    }

    @Test
    void everyCodeThePackagesRulesCanRaiseHasASwedishAndAnEnglishMessage() throws IOException, URISyntaxException {
        Pattern finding = Pattern.compile("RaisedFinding\\.(?:error|warning|info|ineligible)\\(\"([A-Z_]+)\"");
        Pattern obligation = Pattern.compile("DueObligation\\.(?:of|advisory)\\(\"([A-Z_]+)\"");
        Set<String> keys = new TreeSet<>();
        Path folder = Path.of(getClass().getClassLoader().getResource(RULES + "/policy.json").toURI()).getParent();
        List<Path> drls;
        try (Stream<Path> files = Files.list(folder)) {
            drls = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(drls).extracting(f -> f.getFileName().toString())
                .containsExactly("DokumentetGallerFor.drl", "NamndersOchHelagdaBolagsAnsvar.drl", "Uppfoljning.drl");
        for (Path drl : drls) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            for (Matcher m = finding.matcher(text); m.find(); ) keys.add("finding." + m.group(1));
            for (Matcher m = obligation.matcher(text); m.find(); ) keys.add("obligation." + m.group(1));
        }
        definition().parameters(PlanFollowUpDuty.class).forEach(d -> keys.add("obligation." + d.code()));
        // the codes of the core's shared "plan" rules this package's parameters drive
        keys.addAll(List.of("finding.FOLLOW_UP_BEFORE_YEAR_END", "finding.OBLIGATION_OVERDUE", "finding.OBLIGATION_LATE"));
        assertThat(keys).contains("finding.OUT_OF_SCOPE", "finding.OWNERSHIP_NOT_STATED", "finding.MEASURE_INCOMPLETE",
                "finding.NO_MEASURES", "obligation.ANNUAL_FOLLOW_UP", "obligation.POLICY_FOLLOW_UP");
        for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
            List<ResourceBundle> bundles = new ArrayList<>();
            for (String base : List.of(policy().messageBundle(), "se.integration.policy.core.messages")) {
                bundles.add(ResourceBundle.getBundle(base, locale, policy().classLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            }
            for (String key : keys) {
                assertThat(bundles).as("%s in %s", key, locale).anyMatch(b -> b.containsKey(key));
            }
            // the package's own codes have their own wording, in both languages
            for (String own : List.of("finding.NO_MEASURES", "finding.OWNERSHIP_NOT_STATED")) {
                assertThat(bundles.get(0).containsKey(own)).as("%s in the package's bundle, %s", own, locale).isTrue();
            }
        }
    }

    @Test
    void aFocusAreaKeyThatIsNotOneOfTheCountyStrategysSixIsInvalidInput() {
        String json = """
            { "kind": "ACTION_PLAN", "municipality": "varnamo", "asOf": "2019-03-01",
              "organisation": { "type": "COMMITTEE", "name": "Kultur- och fritidsnämnden" }, "year": 2019,
              "measures": [ { "title": "Språkcafé", "focusAreas": ["HOUSING", "WORK"] } ] }
            """;
        PolicyCase c = ENGINE.read(json);
        assertThatThrownBy(() -> ENGINE.evaluate(c, ID))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo("$.measures[0].focusAreas[1]");
                            assertThat(p.message()).contains("WORK", "EDUCATION_CHILDREN_YOUTH", "HEALTH");
                        }));
    }

    static Result judge(String caseFile) {
        RecordedDecision d = RecordedDecisions.onClassPath("cases/" + caseFile + ".json").records().stream()
                .map(r -> Replay.parse(r.json())).findFirst().orElseThrow();
        return ENGINE.evaluate(EngineAccess.read(ENGINE, d.caseJson()), ID);
    }

    @Test
    void aWhollyOwnedCompanysPlanHasThePolicysFollowUpButNoResultsDutyTowardsTheExecutiveBoard() {
        assertThat(judge("a-wholly-owned-company-s-plan-is-within-the-policy").obligations())
                .extracting(Obligation::code).containsExactly("POLICY_FOLLOW_UP");
        assertThat(judge("a-company-that-does-not-say-whether-it-is-wholly-owned-must-say-so-and-is-otherwise-judged-as-one").obligations())
                .extracting(Obligation::code).containsExactly("POLICY_FOLLOW_UP");
    }

    @Test
    void aPlanOutsideThePolicyHasNoObligations() {
        for (String file : List.of("a-company-that-is-not-wholly-owned-is-outside-the-policy-and-its-plan-not-eligible",
                "an-administration-s-plan-is-outside-the-policy-the-committee-makes-the-action-plan",
                "a-board-s-plan-is-outside-the-policy")) {
            Result r = judge(file);
            assertThat(r.eligible()).as(file).isFalse();
            assertThat(r.obligations()).as(file).isEmpty();
        }
    }

    @Test
    void aCommitteesPlanHasExactlyTheResultsDutyAndThePolicysFollowUp() {
        assertThat(judge("a-committee-plan-covering-all-six-focus-areas-is-complete-with-its-follow-up-duties").obligations())
                .extracting(Obligation::code).containsExactly("ANNUAL_FOLLOW_UP", "POLICY_FOLLOW_UP");
    }

    @Test
    void mandatePeriodsAreFourCalendarYearsCountedFrom2015() {
        MandatePeriods periods = definition().parameters(MandatePeriods.class).get(0);
        assertThat(periods.label(2014)).isEqualTo("2011–2014");
        assertThat(periods.label(2015)).isEqualTo("2015–2018");
        assertThat(periods.label(2018)).isEqualTo("2015–2018");
        assertThat(periods.label(2019)).isEqualTo("2019–2022");
        assertThat(periods.label(2022)).isEqualTo("2019–2022");
        assertThat(periods.label(2023)).isEqualTo("2023–2026");
        assertThat(periods.startOf(2019)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(periods.endOf(2019)).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void resultsAreDueOnTheLastDayOfTheThirdMonthAfterThePlansYear() {
        PlanFollowUpDuty duty = definition().parameters(PlanFollowUpDuty.class).get(0);
        assertThat(duty.dueFor(2019)).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(duty.dueFor(2023)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(new PlanFollowUpDuty("X", List.of(), 0, "c").dueFor(2019)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(new PlanFollowUpDuty("X", List.of(), 2, "c").dueFor(2023)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aFollowUpCountsFromTheFirstDayAfterThePlansYear() {
        PlanFollowUpDuty duty = definition().parameters(PlanFollowUpDuty.class).get(0);
        FollowUpNotBefore notBefore = notBefore(definition().parameters(), duty.code());
        assertThat(notBefore.firstDay(2019)).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(notBefore.counts(LocalDate.of(2019, 12, 31), 2019)).isFalse();
        assertThat(notBefore.counts(LocalDate.of(2020, 1, 1), 2019)).isTrue();
    }

    @Test
    void everyDutyHasItsFirstFollowUpDayAndItsDeadlineAndTheFirstDayIsNeverAfterTheDueDate() {
        assertThat(dutyProblems(definition().parameters())).isEmpty();
        // the check can fail: a first day after the due date (tightest year 2018, a common February), a duty without its parameters
        PlanFollowUpDuty twoMonths = new PlanFollowUpDuty("X", List.of(), 2, "c");
        assertThat(dutyProblems(List.of(twoMonths, new FollowUpNotBefore("X", 59, "c"), new JudgedDeadline("X", null, "c")))).isEmpty();
        assertThat(dutyProblems(List.of(twoMonths, new FollowUpNotBefore("X", 60, "c"), new JudgedDeadline("X", null, "c"))))
                .containsExactly("X: the first day a follow-up counts (2019-03-01 for 2018) is after its due date (2019-02-28)");
        assertThat(dutyProblems(List.of(new PlanFollowUpDuty("X", List.of(), 0, "c"), new FollowUpNotBefore("X", 1, "c"), new JudgedDeadline("X", null, "c"))))
                .containsExactly("X: the first day a follow-up counts (2019-01-01 for 2018) is after its due date (2018-12-31)");
        assertThat(dutyProblems(List.of(twoMonths))).containsExactly("X: no FollowUpNotBefore", "X: no JudgedDeadline");
    }

    /** What is wrong with the duties of a set of parameters: each needs the core's FollowUpNotBefore and JudgedDeadline of its code. */
    static List<String> dutyProblems(List<? extends ParameterFact> parameters) {
        List<String> problems = new ArrayList<>();
        for (ParameterFact p : parameters) {
            if (!(p instanceof PlanFollowUpDuty duty)) continue;
            FollowUpNotBefore first = parameters.stream().filter(f -> f instanceof FollowUpNotBefore n && n.code().equals(duty.code()))
                    .map(FollowUpNotBefore.class::cast).findFirst().orElse(null);
            if (first == null) problems.add(duty.code() + ": no FollowUpNotBefore");
            else if (first.firstDay(2018).isAfter(duty.dueFor(2018))) {
                problems.add(duty.code() + ": the first day a follow-up counts (" + first.firstDay(2018) + " for 2018) is after its due date ("
                        + duty.dueFor(2018) + ")");
            }
            if (parameters.stream().noneMatch(f -> f instanceof JudgedDeadline j && j.code().equals(duty.code()))) {
                problems.add(duty.code() + ": no JudgedDeadline");
            }
        }
        return problems;
    }

    static FollowUpNotBefore notBefore(List<? extends ParameterFact> parameters, String code) {
        return parameters.stream().filter(f -> f instanceof FollowUpNotBefore n && n.code().equals(code)).map(FollowUpNotBefore.class::cast)
                .findFirst().orElseThrow();
    }

    static JudgedDeadline deadline(List<? extends ParameterFact> parameters, String code) {
        return parameters.stream().filter(f -> f instanceof JudgedDeadline j && j.code().equals(code)).map(JudgedDeadline.class::cast)
                .findFirst().orElseThrow();
    }

    /** The package's duties with the core's parameters that go with them, as a list to add to. */
    static List<ParameterFact> ownDuties() {
        return new ArrayList<>(definition().parameters().stream()
                .filter(p -> p instanceof PlanFollowUpDuty || p instanceof FollowUpNotBefore || p instanceof JudgedDeadline).toList());
    }

    /** A duty with the core's parameters that go with it: its first follow-up day and what its due date rests on. */
    static List<ParameterFact> duty(String code, List<OrganisationType> appliesTo, int months, String dueAssumption, int firstDayAfterYear, String cite) {
        return List.of(new PlanFollowUpDuty(code, appliesTo, months, cite), new FollowUpNotBefore(code, firstDayAfterYear, cite),
                new JudgedDeadline(code, dueAssumption, cite));
    }

    @Test
    void aRequiredMeasureElementMustNameAFieldOfAMeasure() {
        assertThatThrownBy(() -> new RequiredMeasureElement("budget", "measures.contents"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("budget");
        assertThat(definition().parameters(RequiredMeasureElement.class)).extracting(RequiredMeasureElement::field)
                .containsExactlyElementsOf(RequiredMeasureElement.FIELDS);
    }

    @Test
    void theExampleActionPlanInExamplesIsValidInputAndJudgedCompleteWithItsResultsReportedInTime() throws IOException {
        String json = Files.readString(Path.of("..", "examples", "varnamo", "barn-och-utbildningsnamnden-action-plan.json"), StandardCharsets.UTF_8);
        Result r = ENGINE.evaluate(json, null);
        assertThat(r.policy().id()).isEqualTo(ID);
        assertThat(r.eligible()).isTrue();
        assertThat(r.complete()).isTrue();
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.subject()).containsExactlyInAnyOrder(
                "FOCUS_AREA_COVERED EDUCATION_CHILDREN_YOUTH", "FOCUS_AREA_COVERED WORK_ADULT_EDUCATION",
                "FOCUS_AREA_COVERED SOCIAL_COHESION", "FOCUS_AREA_COVERED UNACCOMPANIED_MINORS",
                "FOCUS_AREA_NOT_COVERED HOUSING", "FOCUS_AREA_COVERED HEALTH");
        assertThat(r.obligations()).extracting(o -> o.code() + " " + o.status())
                .containsExactly("ANNUAL_FOLLOW_UP MET", "POLICY_FOLLOW_UP ADVISORY");
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(policy().messageBundle(), locale, policy().classLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

    static Obligation obligation(Result r, String code) {
        return r.obligations().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void thePolicysFollowUpIsShownAsATaskOfTheCouncilAndTheChiefExecutiveForInformationWithoutAStatusLabel() {
        Obligation o = obligation(judge("a-committee-plan-covering-all-six-focus-areas-is-complete-with-its-follow-up-duties"), "POLICY_FOLLOW_UP");
        assertThat(o.message().sv()).isEqualTo("Policyn följs upp en gång under mandatperioden 2019–2022 med rapportering till "
                + "kommunfullmäktige (kommunfullmäktiges och kommunchefens uppgift; för kännedom, bedöms inte här).");
        assertThat(o.message().en()).isEqualTo("The policy is followed up once in the mandate period 2019–2022 with a report to the "
                + "municipal council (a task of the council and the chief executive; for information, not judged here).");
        assertThat(o.message().sv()).doesNotContain("rekommendation");
        assertThat(o.message().en()).doesNotContain("advisory");
    }

    @Test
    void aDueDateThePackageAssumesIsSaidToBeAssumedWhereverItIsShown() {
        Map<String, String> assumptions = new java.util.HashMap<>();
        definition().assumptions().forEach(a -> assumptions.put(a.id(), a.assumption()));
        for (PlanFollowUpDuty duty : definition().parameters(PlanFollowUpDuty.class)) {
            JudgedDeadline deadline = deadline(definition().parameters(), duty.code());
            assertThat(deadline.dueAssumption()).as("what the due date of %s rests on", duty.code()).isNotNull();
            assertThat(assumptions).as("the assumption %s of %s", deadline.dueAssumption(), duty.code()).containsKey(deadline.dueAssumption());
            for (Locale locale : LANGUAGES) {
                ResourceBundle b = bundle(locale);
                // the obligation's message cannot take the basis as a value (the core gives it subject, due, status):
                // its pattern must say what the parameter says
                assertThat(b.getString("obligation." + duty.code())).as("obligation.%s in %s", duty.code(), locale)
                        .contains("{1}" + b.getString("label.due.assumed"));
            }
        }
        Result overdue = judge("results-not-reported-on-2020-04-01-the-day-after-their-due-date-are-overdue");
        Result late = judge("results-reported-on-2020-04-01-the-day-after-their-due-date-are-late");
        assertThat(obligation(overdue, "ANNUAL_FOLLOW_UP").message().sv()).contains("senast 2020-03-31 (antagen tidpunkt; policyn anger ingen), försummad");
        assertThat(obligation(overdue, "ANNUAL_FOLLOW_UP").message().en()).contains("due 2020-03-31 (assumed date; the policy sets none), overdue");
        assertThat(overdue.findings()).filteredOn(f -> f.code().equals("OBLIGATION_OVERDUE")).singleElement().satisfies(f -> {
            assertThat(f.message().sv()).isEqualTo("Skyldigheten ”åtgärdsplanens resultat till kommunstyrelsen” med sista dag 2020-03-31 "
                    + "(antagen tidpunkt; policyn anger ingen) är inte fullgjord.");
            assertThat(f.message().en()).isEqualTo("The duty \"the action plan's results to the municipal executive board\" due 2020-03-31 "
                    + "(assumed date; the policy sets none) has not been met.");
        });
        assertThat(late.findings()).filteredOn(f -> f.code().equals("OBLIGATION_LATE")).singleElement().satisfies(f -> {
            assertThat(f.message().sv()).contains("sista dag 2020-03-31 (antagen tidpunkt; policyn anger ingen) fullgjordes för sent");
            assertThat(f.message().en()).contains("due 2020-03-31 (assumed date; the policy sets none) was met late");
        });
        // the basis is the parameter's: a duty whose date were the policy's would be shown as such
        assertThat(new JudgedDeadline("X", null, "c").dueBasis()).isEqualTo("due.policy");
        assertThat(deadline(definition().parameters(), "ANNUAL_FOLLOW_UP").dueBasis()).isEqualTo("due.assumed");
    }

    @Test
    void eachMissingElementOfAMeasureCitesTheSentenceThatAsksForIt() {
        Result r = judge("a-measure-that-states-nothing-lacks-all-five-elements");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("MEASURE_INCOMPLETE"))
                .extracting(f -> f.subject() + " " + f.source().section()).containsExactlyInAnyOrder(
                        "measures[0].title Nämnders och helägda bolags ansvar", "measures[0].timeframe Nämnders och helägda bolags ansvar",
                        "measures[0].responsible Nämnders och helägda bolags ansvar", "measures[0].effectMeasurement Nämnders och helägda bolags ansvar",
                        "measures[0].followUpInterval Inledning");
    }

    @Test
    void aFollowUpBeforeTheYearHasEndedIsExplainedWithTheFirstDayItWouldCount() {
        Result r = judge("a-follow-up-dated-2019-12-31-the-last-day-of-the-plan-s-year-does-not-report-its-results-and-they-are-overdue-after-2020-03-31");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("FOLLOW_UP_BEFORE_YEAR_END")).singleElement().satisfies(f -> {
            assertThat(f.severity().name()).isEqualTo("WARNING");
            assertThat(f.message().sv()).isEqualTo("Uppföljningen är daterad 2019-12-31, innan planens år (2019) var slut; "
                    + "den räknas inte som årets uppföljning, som räknas tidigast från 2020-01-01.");
            assertThat(f.message().en()).isEqualTo("The follow-up is dated 2019-12-31, before the plan's year (2019) was over; "
                    + "it does not count as that year's follow-up, which counts from 2020-01-01 at the earliest.");
            assertThat(f.source().section()).isEqualTo("Uppföljning av åtgärdsplaner");
        });
    }

    @Test
    void theMessageOfAPlanOutsideThePolicySaysHowAPlanWithinItIsFiled() {
        Result board = judge("a-board-s-plan-is-outside-the-policy");
        assertThat(board.findings()).filteredOn(f -> f.code().equals("OUT_OF_SCOPE")).singleElement().satisfies(f -> {
            assertThat(f.message().sv()).contains("policyn nämner inte den sortens organisation.")
                    .contains("Ett helägt bolags åtgärdsplan lämnas som bolagets", "COMPANY med whollyOwned true");
            assertThat(f.message().en()).contains("the policy does not name this kind of organisation.")
                    .contains("A wholly owned company's action plan is filed as the company's", "COMPANY with whollyOwned true");
        });
        Result administration = judge("an-administration-s-plan-is-outside-the-policy-the-committee-makes-the-action-plan");
        assertThat(administration.findings()).filteredOn(f -> f.code().equals("OUT_OF_SCOPE")).singleElement()
                .satisfies(f -> assertThat(f.message().sv()).endsWith("En förvaltnings åtgärder ingår i nämndens åtgärdsplan, som lämnas med organisation.type COMMITTEE."));
        // every type the policy can put outside it has its own advice, in both languages
        Set<String> outside = new TreeSet<>();
        Set<Object> named = new java.util.HashSet<>();
        for (ScopedOrganisation s : definition().parameters(ScopedOrganisation.class)) {
            named.add(s.type());
            if (s.requiresWhollyOwned()) outside.add(s.type().name());
        }
        for (var type : se.integration.policy.core.model.ActionPlan.OrganisationType.values()) if (!named.contains(type)) outside.add(type.name());
        assertThat(outside).containsExactly("ADMINISTRATION", "BOARD", "COMPANY");
        for (Locale locale : LANGUAGES) {
            for (String type : outside) assertThat(bundle(locale).containsKey("label.outOfScope." + type)).as("label.outOfScope.%s in %s", type, locale).isTrue();
        }
    }

    /**
     * This package with other follow-up duties in place of its own, judged by an engine of its own (the
     * shared engine keeps sessions per package id): rules that join a duty to the plan must hold for
     * parameters other than today's.
     */
    static PolicyEngine withDuties(List<ParameterFact> duties) {
        PolicyPackage real = policy();
        PolicyDefinition d = real.definition();
        List<ParameterFact> parameters = new ArrayList<>();
        for (ParameterFact p : d.parameters()) {
            if (!(p instanceof PlanFollowUpDuty) && !(p instanceof JudgedDeadline) && !(p instanceof FollowUpNotBefore)) parameters.add(p);
        }
        assertThat(dutyProblems(duties)).isEmpty();
        parameters.addAll(duties);
        PolicyDefinition variant = new PolicyDefinition(d.id(), d.municipality(), d.title(), d.documentType(), d.kinds(), d.source(),
                d.adopted(), d.validFrom(), d.validTo(), d.assumptions(), d.kbase(), d.model(), d.sharedRules(), d.taxonomy(), d.sources(), parameters);
        PolicyPackage p = new PolicyPackage() {
            @Override public PolicyDefinition definition() { return variant; }
            @Override public List<Class<? extends ParameterFact>> parameterTypes() { return real.parameterTypes(); }
            @Override public List<se.integration.policy.core.read.Problem> validate(PolicyCase c) { return real.validate(c); }
            @Override public ClassLoader classLoader() { return real.classLoader(); }
            @Override public String messageBundle() { return real.messageBundle(); }
        };
        return PolicyEngine.create(PolicyRegistry.of(List.of(p)), java.time.Clock.systemUTC());
    }

    static Result judge(PolicyEngine engine, String caseFile) {
        RecordedDecision d = RecordedDecisions.onClassPath("cases/" + caseFile + ".json").records().stream()
                .map(r -> Replay.parse(r.json())).findFirst().orElseThrow();
        return engine.evaluate(EngineAccess.read(engine, d.caseJson()), ID);
    }

    @Test
    void aResultsDutyThatFellOnEveryKindOfOrganisationWouldStillFallOnlyOnPlansWithinThePolicy() {
        PlanFollowUpDuty own = definition().parameters(PlanFollowUpDuty.class).get(0);
        PolicyEngine engine = withDuties(List.of(new PlanFollowUpDuty(own.code(), List.of(OrganisationType.values()), own.monthsAfterPlanYear(),
                own.cite()), notBefore(definition().parameters(), own.code()), deadline(definition().parameters(), own.code())));
        assertThat(judge(engine, "a-wholly-owned-company-s-plan-is-within-the-policy").obligations())
                .extracting(Obligation::code).containsExactly("ANNUAL_FOLLOW_UP", "POLICY_FOLLOW_UP");
        for (String outside : List.of("a-company-that-is-not-wholly-owned-is-outside-the-policy-and-its-plan-not-eligible",
                "an-administration-s-plan-is-outside-the-policy-the-committee-makes-the-action-plan", "a-board-s-plan-is-outside-the-policy")) {
            assertThat(judge(engine, outside).obligations()).as(outside).isEmpty();
        }
    }

    @Test
    void aFollowUpIsCountedForEachDutyByThatDutysOwnEarliestDay() {
        PlanFollowUpDuty own = definition().parameters(PlanFollowUpDuty.class).get(0);
        // a second duty, due on the last day of the plan's year, that a follow-up on that day meets
        List<ParameterFact> duties = ownDuties();
        duties.addAll(duty("REPORT_BACK", own.appliesTo(), 0, null, 0, own.cite()));
        Result r = judge(withDuties(duties),
                "a-follow-up-dated-2019-12-31-the-last-day-of-the-plan-s-year-does-not-report-its-results-and-they-are-overdue-after-2020-03-31");
        assertThat(r.obligations()).extracting(o -> o.code() + " " + o.status())
                .containsExactlyInAnyOrder("ANNUAL_FOLLOW_UP OVERDUE", "REPORT_BACK MET", "POLICY_FOLLOW_UP ADVISORY");
        assertThat(r.findings()).extracting(f -> f.code() + " " + f.subject())
                .contains("FOLLOW_UP_BEFORE_YEAR_END 2019-12-31", "OBLIGATION_OVERDUE ANNUAL_FOLLOW_UP");
    }

    @Test
    void eachDutysWarningsSayWhatItsOwnDueDateRestsOn() {
        PlanFollowUpDuty own = definition().parameters(PlanFollowUpDuty.class).get(0);
        // a second duty whose date were the policy's own: due on the last day of the plan's year
        List<ParameterFact> duties = ownDuties();
        duties.addAll(duty("REPORT_BACK", own.appliesTo(), 0, null, 0, own.cite()));
        PolicyEngine engine = withDuties(duties);
        Map<String, String> overdue = new java.util.TreeMap<>(), late = new java.util.TreeMap<>();
        judge(engine, "results-not-reported-on-2020-04-01-the-day-after-their-due-date-are-overdue").findings().stream()
                .filter(f -> f.code().equals("OBLIGATION_OVERDUE")).forEach(f -> overdue.put(f.subject(), f.message().sv()));
        judge(engine, "results-reported-on-2020-04-01-the-day-after-their-due-date-are-late").findings().stream()
                .filter(f -> f.code().equals("OBLIGATION_LATE")).forEach(f -> late.put(f.subject(), f.message().en()));
        assertThat(overdue).containsOnlyKeys("ANNUAL_FOLLOW_UP", "REPORT_BACK");
        assertThat(overdue.get("ANNUAL_FOLLOW_UP")).contains("2020-03-31 (antagen tidpunkt; policyn anger ingen)");
        // the policy's own date is shown as it is
        assertThat(overdue.get("REPORT_BACK")).contains("sista dag 2019-12-31 är inte fullgjord");
        assertThat(late).containsOnlyKeys("ANNUAL_FOLLOW_UP", "REPORT_BACK");
        assertThat(late.get("ANNUAL_FOLLOW_UP")).contains("2020-03-31 (assumed date; the policy sets none)");
        assertThat(late.get("REPORT_BACK")).contains("due 2019-12-31 was met late");
    }

    @Test
    void theVersionInForceForVarnamoIsThisOneFromItsFirstDayOnAndNoneBefore() {
        assertThat(ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2017, 11, 30)).id()).isEqualTo(ID);
        assertThat(ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2030, 1, 1)).id()).isEqualTo(ID);
        assertThatThrownBy(() -> ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2017, 11, 29)))
                .isInstanceOf(PolicySelectionException.class);
    }
}
