package se.integration.policy.varnamo2017;

import se.integration.policy.core.internal.engine.Evaluator;
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
import se.integration.policy.core.facts.ObligationStatus;
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
            PolicyCase c = ENGINE.read(d.caseJson());
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
        // the shared plan set's deadline warnings need a JudgedDeadline, and this text dates no duty of a plan
        all.removeIf(r -> r.startsWith("se.integration.policy.core.rules.plan / Deadlines: "));
        assertThat(definition().parameters(se.integration.policy.core.facts.JudgedDeadline.class)).isEmpty();
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
                .containsExactly("DokumentetGallerFor.drl", "NamndersOchHelagdaBolagsAnsvar.drl", "SamverkanMellanAktorer.drl", "Uppfoljning.drl");
        for (Path drl : drls) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            for (Matcher m = finding.matcher(text); m.find(); ) keys.add("finding." + m.group(1));
            for (Matcher m = obligation.matcher(text); m.find(); ) keys.add("obligation." + m.group(1));
        }
        definition().parameters(PlanFollowUpDuty.class).forEach(d -> keys.add("obligation." + d.code()));
        assertThat(keys).contains("finding.OUT_OF_SCOPE", "finding.OWNERSHIP_NOT_STATED", "finding.MEASURE_INCOMPLETE",
                "finding.NO_MEASURES", "obligation.ANNUAL_FOLLOW_UP", "finding.POLICY_FOLLOW_UP_BY_COUNCIL",
                "finding.COLLABORATION_WITH_OTHER_ACTORS");
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
        return ENGINE.evaluate(ENGINE.read(d.caseJson()), ID);
    }

    @Test
    void aWhollyOwnedCompanysPlanHasNoObligationButIsToldOfThePolicysFollowUpByTheCouncil() {
        for (String file : List.of("a-wholly-owned-company-s-plan-is-within-the-policy",
                "a-company-that-does-not-say-whether-it-is-wholly-owned-must-say-so-and-is-otherwise-judged-as-one")) {
            Result r = judge(file);
            assertThat(r.obligations()).as(file).isEmpty();
            assertThat(r.findings("POLICY_FOLLOW_UP_BY_COUNCIL")).as(file).singleElement()
                    .satisfies(f -> assertThat(f.severity().name()).isEqualTo("INFO"));
        }
    }

    @Test
    void aCompanyThatDoesNotSayWhetherItIsWhollyOwnedIsAnOpenQuestionNotAnErrorInThePlan() {
        Result r = judge("a-company-that-does-not-say-whether-it-is-wholly-owned-must-say-so-and-is-otherwise-judged-as-one");
        assertThat(r.findings("OWNERSHIP_NOT_STATED")).singleElement().satisfies(f -> {
            assertThat(f.severity().name()).isEqualTo("INFO");
            assertThat(f.message().sv()).doesNotContain("organisation.", "whollyOwned", "COMPANY");
        });
    }

    @Test
    void theResultsOfAPlanHaveNoDueDayAndAreNeverLateOrOverdue() {
        for (String file : List.of("a-committee-plan-covering-all-six-focus-areas-is-complete-with-its-follow-up-duties")) {
            for (Obligation o : judge(file).obligations()) {
                assertThat(o.due()).as(file).isNull();
                assertThat(o.status()).as(file).isIn(ObligationStatus.OPEN, ObligationStatus.MET);
            }
        }
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
    void aCommitteesPlanHasExactlyTheResultsDuty() {
        assertThat(judge("a-committee-plan-covering-all-six-focus-areas-is-complete-with-its-follow-up-duties").obligations())
                .extracting(Obligation::code).containsExactly("ANNUAL_FOLLOW_UP");
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
                "FOCUS_AREA_NOT_COVERED HOUSING", "FOCUS_AREA_COVERED HEALTH", "POLICY_FOLLOW_UP_BY_COUNCIL 2019–2022",
                "COLLABORATION_WITH_OTHER_ACTORS null");
        assertThat(r.obligations()).extracting(o -> o.code() + " " + o.status())
                .containsExactly("ANNUAL_FOLLOW_UP MET");
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
    void eachMissingElementOfAMeasureCitesTheSentenceThatAsksForIt() {
        Result r = judge("a-measure-that-states-nothing-lacks-all-five-elements");
        assertThat(r.findings()).filteredOn(f -> f.code().equals("MEASURE_INCOMPLETE"))
                .extracting(f -> f.subject() + " " + f.source().section()).containsExactlyInAnyOrder(
                        "measures[0].title Nämnders och helägda bolags ansvar", "measures[0].timeframe Nämnders och helägda bolags ansvar",
                        "measures[0].responsible Nämnders och helägda bolags ansvar", "measures[0].effectMeasurement Nämnders och helägda bolags ansvar",
                        "measures[0].followUpInterval Inledning");
    }

    @Test
    void theMessageOfAPlanOutsideThePolicySaysHowAPlanWithinItIsFiled() {
        Result board = judge("a-board-s-plan-is-outside-the-policy");
        assertThat(board.findings()).filteredOn(f -> f.code().equals("OUT_OF_SCOPE")).singleElement().satisfies(f -> {
            assertThat(f.message().sv()).contains("policyn nämner inte den sortens organisation.")
                    .contains("Ett helägt bolags åtgärdsplan lämnas som bolagets").doesNotContain("COMPANY", "whollyOwned", "organisation.type");
            assertThat(f.message().en()).contains("the policy does not name this kind of organisation.")
                    .contains("A wholly owned company's action plan is filed as the company's").doesNotContain("COMPANY", "whollyOwned", "organisation.type");
        });
        Result administration = judge("an-administration-s-plan-is-outside-the-policy-the-committee-makes-the-action-plan");
        assertThat(administration.findings()).filteredOn(f -> f.code().equals("OUT_OF_SCOPE")).singleElement()
                .satisfies(f -> assertThat(f.message().sv()).endsWith("En förvaltnings åtgärder ingår i nämndens åtgärdsplan, som lämnas som nämndens."));
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

    static Result judge(PolicyEngine engine, String caseFile) {
        RecordedDecision d = RecordedDecisions.onClassPath("cases/" + caseFile + ".json").records().stream()
                .map(r -> Replay.parse(r.json())).findFirst().orElseThrow();
        return engine.evaluate(engine.read(d.caseJson()), ID);
    }

    @Test
    void theVersionInForceForVarnamoIsThisOneFromItsFirstDayOnAndNoneBefore() {
        assertThat(ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2017, 11, 30)).id()).isEqualTo(ID);
        assertThat(ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2030, 1, 1)).id()).isEqualTo(ID);
        assertThatThrownBy(() -> ENGINE.registry().inForce(Municipality.VARNAMO, LocalDate.of(2017, 11, 29)))
                .isInstanceOf(PolicySelectionException.class);
    }
}
