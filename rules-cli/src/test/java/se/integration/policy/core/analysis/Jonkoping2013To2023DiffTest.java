package se.integration.policy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.analysis.PolicyDiff.Change;
import se.integration.policy.core.analysis.PolicyDiff.Kind;
import se.integration.policy.core.analysis.PolicyDiff.RuleChange;
import se.integration.policy.core.analysis.PolicyDiff.Topic;
import se.integration.policy.core.model.Municipality;

/** The diff of Jönköping's 2013 and 2023 guidelines, read from the two packages, lists what the documents changed. */
class Jonkoping2013To2023DiffTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final PolicyDiffs DIFFS = new PolicyDiffs(ENGINE);
    static final PolicyDiff DIFF = DIFFS.diff("jonkoping-2013", "jonkoping-2023");

    @Test
    void theBodyDecidingAbove50000MovesFromTheEqualityAndIntegrationCommitteeToTheExecutiveCommittee() {
        Change above = DIFF.parameter("AuthorityBand", "band/above");
        assertThat(above.kind()).isEqualTo(Kind.CHANGED);
        assertThat(above.topic()).isEqualTo(Topic.DECISION);
        assertThat(above.changed()).containsExactly("authority");
        assertThat(above.before("authority")).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(above.after("authority")).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
        assertThat(above.before("fromAmount")).isEqualTo(above.after("fromAmount")).isEqualTo("50001");
        assertThat(above.fromCite().quote()).isEqualTo("Projektansökningar på summor över 50 000 kr beslutas av jämställdhets och integrationsutskottet.");
        assertThat(above.fromCite().section()).isEqualTo("Beslutsförfarande");
        assertThat(above.fromCite().document()).isEqualTo("000_7e67ce9a81018cd0.txt");
        assertThat(above.toCite().quote()).isEqualTo("Projektansökningar på summor över 50 000 kr beslutas av kommunstyrelsens ledningsutskott.");
        assertThat(above.toCite().document()).isEqualTo("001_3d72e86f4022904f.txt");
    }

    @Test
    void theOfficialDecidingUpTo50000MovesFromTheHeadOfInvestigationsToTheHeadOfAnalysisAndSustainability() {
        Change upTo = DIFF.parameter("AuthorityBand", "band/up-to");
        assertThat(upTo.kind()).isEqualTo(Kind.CHANGED);
        assertThat(upTo.changed()).containsExactly("authority");
        assertThat(upTo.before("authority")).isEqualTo("UTREDNINGSCHEF");
        assertThat(upTo.after("authority")).isEqualTo("ANALYS_OCH_HALLBARHETSCHEF");
        assertThat(upTo.before("toAmount")).isEqualTo("50000");
        assertThat(upTo.fromCite().quote()).contains("utredningschefen");
        assertThat(upTo.toCite().quote()).contains("Analys- och hållbarhetschef");
    }

    @Test
    void theConsultationOfTheChairAndViceChairAbove10000IsDropped() {
        Change chair = DIFF.parameter("ConsultationRequirement", "ORDFORANDE_OCH_VICE_ORDFORANDE");
        assertThat(chair.kind()).isEqualTo(Kind.REMOVED);
        assertThat(chair.topic()).isEqualTo(Topic.CONSULTATIONS);
        assertThat(chair.before("condition")).isEqualTo("ABOVE_AMOUNT");
        assertThat(chair.before("aboveAmount")).isEqualTo("10000");
        assertThat(chair.to()).isNull();
        assertThat(chair.toCite()).isNull();
        assertThat(chair.fromCite().quote()).startsWith("Om ansökan överstiger 10 000 kr sker alltid samråd med ordförande samt vice ordförande");
    }

    @Test
    void theAreaGroupsAreConsultedAlwaysAndTheCoordinatorsOfThePriorityAreasAreNew() {
        Change groups = DIFF.parameter("ConsultationRequirement", "OMRADESGRUPPER");
        assertThat(groups.kind()).isEqualTo(Kind.CHANGED);
        assertThat(groups.before("condition")).isEqualTo("PRIORITY_AREA_PROJECT");
        assertThat(groups.after("condition")).isEqualTo("ALWAYS");
        assertThat(DIFF.parameter("ConsultationRequirement", "KOORDINATORER_PRIO_OMRADEN").kind()).isEqualTo(Kind.ADDED);
        Change partners = DIFF.parameter("ConsultationRequirement", "SAMVERKANSPARTNERS");
        assertThat(partners.changed()).as("consulted always in both, in a sentence of its own in 2023").containsExactly(PolicyDiff.WORDING);
        assertThat(partners.toCite().quote()).isEqualTo("Samråd sker också med samverkanspartners, områdesgrupper och koordinatorer i prio-områdena.");
    }

    @Test
    void theBudgetHeadingOfAssociationsIsStillRequiredButNoLongerSaysEventuellEgeninsats() {
        Change budget = DIFF.parameter("HeadingRequirement", "ASSOCIATION/BUDGET");
        assertThat(budget.kind()).isEqualTo(Kind.CHANGED);
        assertThat(budget.topic()).isEqualTo(Topic.HEADINGS);
        assertThat(budget.changed()).containsExactly(PolicyDiff.WORDING);
        assertThat(budget.from()).isEqualTo(budget.to());
        assertThat(budget.before("required")).isEqualTo(budget.after("required")).isEqualTo("true");
        assertThat(budget.fromCite().quote()).isEqualTo("budget för projektet samt totalbudget, eventuell egeninsats och övriga bidrag");
        assertThat(budget.toCite().quote()).isEqualTo("Budget för projektet samt totalbudget, egeninsats och övriga bidrag");
    }

    @Test
    void everyRewordingWithTheSameValuesIsAChangeOfWording() {
        assertThat(DIFF.parameters().stream().filter(c -> c.changed().equals(List.of(PolicyDiff.WORDING))).map(c -> c.type() + " " + c.identity()))
                .containsExactlyInAnyOrder(
                        "HeadingRequirement ASSOCIATION/BUDGET",                // "eventuell egeninsats" → "egeninsats"
                        "HeadingRequirement ASSOCIATION/REACH_BY_GENDER",       // loses "jämställdhet,"
                        "HeadingRequirement MUNICIPAL_UNIT/REACH_BY_GENDER",
                        "HeadingRequirement MUNICIPAL_UNIT/INTERNAL_INFORMATION", // "när och hur informeras …?" → "När och hur … informeras …"
                        "AttachmentRequirement ASSOCIATION/STATUTES",           // "Bifoga följande handlingar till ansökan"
                        "AttachmentRequirement ASSOCIATION/ANNUAL_REPORT",
                        "AttachmentRequirement ASSOCIATION/AUDIT_REPORT",
                        "AttachmentRequirement ASSOCIATION/BUDGET_CURRENT_YEAR",
                        "ReportDeadline FINAL",                                 // "måluppfyllelse" → "analys av måluppfyllelse"
                        "ConsultationRequirement SAMVERKANSPARTNERS",
                        "Duty GRANT_PUBLICITY",                                 // "… projektanslag från Jönköpings kommun"
                        "Duty INFORM_ADMINISTRATION",
                        "InterimReporting interim");                            // "rapport" → "delrapport"
        Change publicity = DIFF.parameter("Duty", "GRANT_PUBLICITY");
        assertThat(publicity.topic()).isEqualTo(Topic.DUTIES_AND_DEADLINES);
        assertThat(publicity.toCite().quote()).endsWith("har beviljats projektanslag från Jönköpings kommun.");
        Change interim = DIFF.parameter("InterimReporting", "interim");
        assertThat(interim.fromCite().quote()).contains("lämna in rapport innan");
        assertThat(interim.toCite().quote()).contains("lämna in delrapport innan");
    }

    @Test
    void aPairWhoseQuotesDifferOnlyInCaseWhiteSpaceAndFinalPunctuationIsUnchanged() {
        // "tidsplan" / "Tidsplan"; "orsak … verksamheten/ budget" / "Orsak … verksamheten/budget"
        assertThat(DIFF.parameter("HeadingRequirement", "ASSOCIATION/TIMETABLE")).isNull();
        assertThat(DIFF.parameter("HeadingRequirement", "MUNICIPAL_UNIT/WHY_NOT_REGULAR_BUDGET")).isNull();
        var d2013 = ENGINE.registry().get("jonkoping-2013").definition();
        var d2023 = ENGINE.registry().get("jonkoping-2023").definition();
        assertThat(d2013.sources().get("heading.association.TIMETABLE").quote()).isEqualTo("tidsplan");
        assertThat(d2023.sources().get("heading.association.TIMETABLE").quote()).isEqualTo("Tidsplan");
        PolicyDiff.Cited a = PolicyDiffs.cited(d2013, "heading.municipal.WHY_NOT_REGULAR_BUDGET"),
                b = PolicyDiffs.cited(d2023, "heading.municipal.WHY_NOT_REGULAR_BUDGET");
        assertThat(a.quote()).isNotEqualTo(b.quote());
        assertThat(PolicyDiffs.sameWords(a, b)).isTrue();
    }

    @Test
    void theSameWordsIgnoreCaseWhiteSpaceAndFinalPunctuationAndNothingElse() {
        assertThat(same("Budget för projektet.", "budget  för\nprojektet")).isTrue();
        assertThat(same("verksamheten/ budget", "verksamheten/budget")).isTrue();
        assertThat(same("Tidsplan", "tidsplan?")).isTrue();
        assertThat(same("eventuell egeninsats", "egeninsats")).isFalse();
        assertThat(same("lämna in rapport", "lämna in delrapport")).isFalse();
        assertThat(same("jämställdhet, hur många", "hur många")).isFalse();
        assertThat(PolicyDiffs.sameWords(null, null)).isTrue();
        assertThat(PolicyDiffs.sameWords(cite("x"), null)).isFalse();
    }

    static PolicyDiff.Cited cite(String quote) { return new PolicyDiff.Cited("id", "doc", "section", quote); }

    static boolean same(String a, String b) { return PolicyDiffs.sameWords(cite(a), cite(b)); }

    @Test
    void fourNewHeadingsAreRequiredOfAssociationsAndMunicipalUnitsAndTheIntegrationHeadingGoes() {
        for (String category : List.of("ASSOCIATION", "MUNICIPAL_UNIT")) {
            for (String heading : List.of("MEETINGS", "LIVING_CONDITIONS", "TRUST", "GENDER_EQUALITY")) {
                Change c = DIFF.parameter("HeadingRequirement", category + "/" + heading);
                assertThat(c).as(category + "/" + heading).isNotNull();
                assertThat(c.kind()).isEqualTo(Kind.ADDED);
                assertThat(c.topic()).isEqualTo(Topic.HEADINGS);
                assertThat(c.after("required")).isEqualTo("true");
                assertThat(c.fromCite()).isNull();
                assertThat(c.toCite().quote()).isNotBlank();
            }
            assertThat(DIFF.parameter("HeadingRequirement", category + "/INTEGRATION").kind()).isEqualTo(Kind.REMOVED);
        }
        assertThat(DIFF.parameter("HeadingRequirement", "ASSOCIATION/TRUST").toCite().quote())
                .isEqualTo("Hur projektet antas bidra till att öka tilliten mellan människor i samhället.");
        // and four more say the same in other words (BUDGET and REACH_BY_GENDER of associations, REACH_BY_GENDER and INTERNAL_INFORMATION of units)
        assertThat(DIFF.parameters("HeadingRequirement")).hasSize(2 * (4 + 1 + 1) + 4);
    }

    @Test
    void innovationBecomesRequired() {
        for (String category : List.of("ASSOCIATION", "MUNICIPAL_UNIT")) {
            Change c = DIFF.parameter("HeadingRequirement", category + "/INNOVATION");
            assertThat(c.kind()).isEqualTo(Kind.CHANGED);
            assertThat(c.changed()).containsExactly("required");
            assertThat(c.before("required")).isEqualTo("false");
            assertThat(c.after("required")).isEqualTo("true");
            assertThat(c.fromCite().quote()).contains("nyskapande").contains("ej obligatoriskt");
            assertThat(c.toCite().quote()).startsWith("Nyskapande eller utvecklande av befintlig verksamhet");
        }
    }

    @Test
    void thePriorityOfLocallyActiveAssociationsIsDroppedWithIts2013Rule() {
        RuleChange local = DIFF.rule("Anvisningar: applications from locally active associations are prioritised");
        assertThat(local.kind()).isEqualTo(Kind.REMOVED);
        assertThat(local.topic()).as("the rule inserts a PriorityFactor").isEqualTo(Topic.PRIORITY);
        assertThat(local.to()).isNull();
        assertThat(local.from().drlPackage()).isEqualTo("se.integration.policy.jonkoping2013");
        assertThat(local.from().cite().quote()).isEqualTo("Projektansökningar från lokalt verksamma föreningar prioriteras.");
        assertThat(local.from().cite().section()).isEqualTo("Anvisningar för anslaget till integration och delaktighet");
    }

    @Test
    void partnersAndCoFinanciersAreEncouragedByANew2023Rule() {
        RuleChange partners = DIFF.rule("Anvisningar: applications with partners or co-financiers are encouraged");
        assertThat(partners.kind()).isEqualTo(Kind.ADDED);
        assertThat(partners.topic()).isEqualTo(Topic.PRIORITY);
        assertThat(DIFF.rules(Topic.PRIORITY)).extracting(RuleChange::name).containsExactly(
                "Anvisningar: applications from locally active associations are prioritised",
                "Anvisningar: applications with partners or co-financiers are encouraged");
        assertThat(partners.from()).isNull();
        assertThat(partners.to().drlPackage()).isEqualTo("se.integration.policy.jonkoping2023");
        assertThat(partners.to().cite().quote()).isEqualTo("Projektansökningar med samverkanspartners eller medfinansiärer uppmuntras.");
    }

    @Test
    void whoCanBeGrantedIsTheSameInBothVersionsAndSharedNotCopied() {
        // the two eligibility sentences are word for word the same in both texts: data judged by the core's shared rules
        assertThat(DIFF.keptRules()).isEmpty();
        assertThat(DIFF.parameters()).noneMatch(c -> c.topic() == Topic.ELIGIBILITY);
        assertThat(DIFF.sharedRules().common()).contains("grant");
        assertThat(DIFF.rules()).extracting(RuleChange::name).containsExactlyInAnyOrder(
                "Anvisningar: applications from locally active associations are prioritised",
                "Beslutsförfarande: an urgent application above the amount takes the urgent route",
                "Beslutsförfarande: an application on the urgent route is told who may decide it and who otherwise decides",
                "Anvisningar: applications with partners or co-financiers are encouraged");
    }

    @Test
    void theIntegrationCoordinatorIsSucceededByTheIntegrationStrategistAsPreparerAndAtTheMeeting() {
        Change preparer = DIFF.parameter("Preparer", "preparer");
        assertThat(preparer.topic()).isEqualTo(Topic.PREPARATION);
        assertThat(preparer.before("official")).isEqualTo("INTEGRATIONSSAMORDNARE");
        assertThat(preparer.after("official")).isEqualTo("INTEGRATIONSSTRATEG");
        assertThat(preparer.fromCite().quote()).isEqualTo("Integrationssamordnarens tjänsteskrivelse utgör underlag för beslut.");
        assertThat(preparer.toCite().quote()).isEqualTo("Integrationsstrategens tjänsteutlåtande utgör underlag för beslut.");
        Change meeting = DIFF.parameter("ApplicantMeetingRequirement", "meeting");
        assertThat(meeting.before("official")).isEqualTo("INTEGRATIONSSAMORDNARE");
        assertThat(meeting.after("official")).isEqualTo("INTEGRATIONSSTRATEG");
    }

    @Test
    void theUrgentClauseIsDroppedAsDataAndAsRule() {
        Change urgent = DIFF.parameter("UrgentAuthority", "urgent");
        assertThat(urgent.kind()).isEqualTo(Kind.REMOVED);
        assertThat(urgent.before("authority")).isEqualTo("UTREDNINGSCHEF");
        assertThat(urgent.before("aboveAmount")).isEqualTo("50000");
        assertThat(urgent.fromCite().quote()).isEqualTo("Utredningschefen kan även vid brådskande fall ta beslut avseende projektansökningar över 50 000.");
        RuleChange route = DIFF.rule("Beslutsförfarande: an urgent application above the amount takes the urgent route");
        assertThat(route.kind()).isEqualTo(Kind.REMOVED);
        assertThat(route.topic()).as("the rule inserts an UrgentRoute").isEqualTo(Topic.DECISION);
        assertThat(route.from().cite().quote()).as("the classification names the sentence it reads")
                .isEqualTo("Utredningschefen kan även vid brådskande fall ta beslut avseende projektansökningar över 50 000.");
        RuleChange told = DIFF.rule("Beslutsförfarande: an application on the urgent route is told who may decide it and who otherwise decides");
        assertThat(told.kind()).isEqualTo(Kind.REMOVED);
        assertThat(told.from().cite().quote()).isEqualTo("Utredningschefen kan även vid brådskande fall ta beslut avseende projektansökningar över 50 000.");
        assertThat(DIFF.assumptions()).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo("urgent");
            assertThat(a.kind()).isEqualTo(Kind.REMOVED);
        });
    }

    static final se.integration.policy.core.PolicyEngine ENGINE_FOR_VALIDITY = se.integration.policy.core.PolicyEngine.create();

    @Test
    void validityChangesAndTheDocumentTypeDoesNot() {
        assertThat(DIFF.metadata()).extracting(PolicyDiff.FieldChange::field).contains("validFrom", "validTo", "source", "title")
                .doesNotContain("documentType", "municipality", "kinds");
        var validTo = DIFF.metadata().stream().filter(f -> f.field().equals("validTo")).findFirst().orElseThrow();
        assertThat(validTo.from()).isEqualTo("2023-05-03");
        // the 2023 version's last day is whatever its package says (open-ended until a later version sets it)
        var last = ENGINE_FOR_VALIDITY.registry().get("jonkoping-2023").definition().validTo();
        assertThat(validTo.to()).isEqualTo(last == null ? null : last.toString());
        assertThat(DIFF.sameMunicipality()).isTrue();
        assertThat(DIFF.warnings()).isEmpty();
    }

    @Test
    void nothingElseChangesAndTheSharedMachineryIsTheSame() {
        assertThat(DIFF.parameters()).extracting(c -> c.type() + " " + c.identity()).containsExactlyInAnyOrder(
                "HeadingRequirement ASSOCIATION/INTEGRATION", "HeadingRequirement ASSOCIATION/INNOVATION",
                "HeadingRequirement MUNICIPAL_UNIT/INTEGRATION", "HeadingRequirement MUNICIPAL_UNIT/INNOVATION",
                "HeadingRequirement ASSOCIATION/MEETINGS", "HeadingRequirement ASSOCIATION/LIVING_CONDITIONS",
                "HeadingRequirement ASSOCIATION/TRUST", "HeadingRequirement ASSOCIATION/GENDER_EQUALITY",
                "HeadingRequirement MUNICIPAL_UNIT/MEETINGS", "HeadingRequirement MUNICIPAL_UNIT/LIVING_CONDITIONS",
                "HeadingRequirement MUNICIPAL_UNIT/TRUST", "HeadingRequirement MUNICIPAL_UNIT/GENDER_EQUALITY",
                "AuthorityBand band/up-to", "AuthorityBand band/above", "UrgentAuthority urgent",
                "ConsultationRequirement ORDFORANDE_OCH_VICE_ORDFORANDE", "ConsultationRequirement OMRADESGRUPPER",
                "ConsultationRequirement KOORDINATORER_PRIO_OMRADEN", "Preparer preparer", "ApplicantMeetingRequirement meeting",
                "HeadingRequirement ASSOCIATION/BUDGET", "HeadingRequirement ASSOCIATION/REACH_BY_GENDER",
                "HeadingRequirement MUNICIPAL_UNIT/REACH_BY_GENDER", "HeadingRequirement MUNICIPAL_UNIT/INTERNAL_INFORMATION",
                "AttachmentRequirement ASSOCIATION/STATUTES", "AttachmentRequirement ASSOCIATION/ANNUAL_REPORT",
                "AttachmentRequirement ASSOCIATION/AUDIT_REPORT", "AttachmentRequirement ASSOCIATION/BUDGET_CURRENT_YEAR",
                "ConsultationRequirement SAMVERKANSPARTNERS", "Duty GRANT_PUBLICITY", "Duty INFORM_ADMINISTRATION", "InterimReporting interim",
                "ReportDeadline FINAL");
        // eleven 2013 entries pair with nothing of equal values: two INTEGRATION and two INNOVATION headings, two bands, the
        // urgent clause, the chair, the area groups, the preparer, the meeting; thirteen more say the same in other words
        // (the version's terms, the labels of its keys, are not compared: the requirements naming the keys are)
        var d2013 = ENGINE.registry().get("jonkoping-2013").definition();
        assertThat(DIFF.unchangedParameters()).isEqualTo(d2013.parameters().size() - d2013.parameters(se.integration.policy.core.facts.Term.class).size() - 11 - 13);
        assertThat(DIFF.sharedRules().common()).containsExactly("validity", "grant");
        assertThat(DIFF.sharedRules().onlyFrom()).isEmpty();
        assertThat(DIFF.sharedRules().onlyTo()).isEmpty();
    }

    @Test
    void theDiffTheOtherWayRoundMirrorsIt() {
        PolicyDiff back = DIFFS.diff("jonkoping-2023", "jonkoping-2013");
        assertThat(back.parameter("ConsultationRequirement", "ORDFORANDE_OCH_VICE_ORDFORANDE").kind()).isEqualTo(Kind.ADDED);
        assertThat(back.parameter("HeadingRequirement", "ASSOCIATION/TRUST").kind()).isEqualTo(Kind.REMOVED);
        assertThat(back.parameter("HeadingRequirement", "ASSOCIATION/INNOVATION").after("required")).isEqualTo("false");
        assertThat(back.rule("Anvisningar: applications with partners or co-financiers are encouraged").kind()).isEqualTo(Kind.REMOVED);
        assertThat(back.parameters()).hasSameSizeAs(DIFF.parameters());
    }

    @Test
    void aVersionDiffedWithItselfHasNoDifferences() {
        PolicyDiff same = DIFFS.diff("jonkoping-2023", "jonkoping-2023");
        assertThat(same.isEmpty()).isTrue();
        assertThat(same.parameters()).isEmpty();
        assertThat(same.rules()).isEmpty();
        var d2023 = ENGINE.registry().get("jonkoping-2023").definition();
        assertThat(same.unchangedParameters()).as("every parameter but the terms, which are not compared")
                .isEqualTo(d2023.parameters().size() - d2023.parameters(se.integration.policy.core.facts.Term.class).size());
    }

    @Test
    void anUnknownVersionIsRefused() {
        assertThatThrownBy(() -> DIFFS.diff("jonkoping-2013", "jonkoping-1999")).isInstanceOf(PolicySelectionException.class)
                .hasMessageContaining("jonkoping-1999");
    }

    /** A package that is Jönköping 2023 under another name and municipality (its rules are the same executable model). */
    record Renamed(PolicyPackage of, String id, Municipality municipality) implements PolicyPackage {
        @Override public PolicyDefinition definition() {
            PolicyDefinition d = of.definition();
            return new PolicyDefinition(id, municipality, d.title(), "policy", d.kinds(), d.source(), d.adopted(), d.validFrom(),
                    d.validTo(), d.assumptions(), d.kbase(), d.model(), d.sharedRules(), d.taxonomy(), d.sources(), d.parameters());
        }

        @Override public ClassLoader classLoader() { return of.classLoader(); }
    }

    @Test
    void versionsOfDifferentMunicipalitiesMayBeDiffedAndTheDiffSaysSo() {
        PolicyPackage j2013 = ENGINE.registry().get("jonkoping-2013");
        PolicyPackage other = new Renamed(ENGINE.registry().get("jonkoping-2023"), "elsewhere-2023", Municipality.MELLERUD);
        PolicyEngine engine = PolicyEngine.create(PolicyRegistry.of(List.of(j2013, other)), java.time.Clock.systemDefaultZone());
        PolicyDiff d = new PolicyDiffs(engine).diff("jonkoping-2013", "elsewhere-2023");
        assertThat(d.sameMunicipality()).isFalse();
        assertThat(d.warnings()).singleElement().asString().contains("olika kommuner").contains("different municipalities")
                .contains("jonkoping").contains("mellerud");
        assertThat(d.warnings().get(0).indexOf("olika kommuner")).as("Swedish first").isLessThan(d.warnings().get(0).indexOf("different"));
        assertThat(d.metadata()).extracting(PolicyDiff.FieldChange::field).contains("municipality", "documentType");
        assertThat(d.parameter("AuthorityBand", "band/above").after("authority")).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
    }
}
