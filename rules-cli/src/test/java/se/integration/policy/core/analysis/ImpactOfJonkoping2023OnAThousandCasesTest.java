package se.integration.policy.core.analysis;

import se.integration.policy.core.internal.engine.EngineAccess;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.analysis.GeneratedCases.Dimensions;

/**
 * A thousand generated applications judged under Jönköping 2013 and 2023: the impact summary counts
 * exactly what the two documents make change, counted here from the cases' dimensions and the
 * documents' thresholds, not from the engine.
 */
class ImpactOfJonkoping2023OnAThousandCasesTest {
    static final int N = 1000;
    static final List<String> IDS = List.of("jonkoping-2013", "jonkoping-2023");
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static ImpactSummary summary;
    static ImpactSummary.Step step;

    @BeforeAll
    static void compareThemAll() {
        Comparisons comparisons = new Comparisons(ENGINE);
        summary = new ImpactSummary(IDS);
        for (String line : GeneratedCases.lines(N)) summary.add(comparisons.compare(ENGINE.read(line), IDS));
        step = summary.step("jonkoping-2013", "jonkoping-2023");
    }

    static long count(Predicate<Dimensions> p) { return IntStream.range(0, N).mapToObj(GeneratedCases::dimensions).filter(p).count(); }

    /** The map without its zero counts. */
    static Map<String, Long> counts(Object... keysAndCounts) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            long n = (Long) keysAndCounts[i + 1];
            if (n > 0) m.put((String) keysAndCounts[i], n);
        }
        return m;
    }

    static boolean sections(Dimensions d, int... sets) { return IntStream.of(sets).anyMatch(s -> s == d.sections()); }

    @Test
    void everyCaseIsComparedAndEveryCaseChangesBecauseTheDecisionIsPreparedByAnotherOfficial() {
        assertThat(summary.cases()).isEqualTo(N);
        assertThat(summary.casesWithDifferences()).isEqualTo(N);
        assertThat(step.casesChanged()).isEqualTo(N);
        assertThat(step.field("decision.preparedBy").transitions()).isEqualTo(Map.of("INTEGRATIONSSAMORDNARE → INTEGRATIONSSTRATEG", (long) N));
        assertThat(step.field("decision.meetingWithApplicant").cases()).isZero();
    }

    @Test
    void eligibilityChangesForNoCase() {
        assertThat(step.field("eligible").cases()).isZero();
        assertThat(step.field("eligible").transitions()).isEmpty();
        long eligible = count(Dimensions::timeLimited);
        assertThat(eligible).isEqualTo(990);
        assertThat(summary.perPolicy().get("jonkoping-2013").eligible()).isEqualTo(eligible);
        assertThat(summary.perPolicy().get("jonkoping-2023").eligible()).isEqualTo(eligible);
    }

    @Test
    void completenessChangesWhereTheHeadingsFilledInAreThoseOfOneVersionOnly() {
        long becomesComplete = count(d -> d.timeLimited() && sections(d, 1));
        long becomesIncomplete = count(d -> d.timeLimited() && sections(d, 0, 4));
        assertThat(step.field("complete").transitions()).isEqualTo(counts("false → true", becomesComplete, "true → false", becomesIncomplete));
        assertThat(step.field("complete").cases()).isEqualTo(becomesComplete + becomesIncomplete);
        // INNOVATION is optional in 2013: the 2013 set without it is complete there
        assertThat(summary.perPolicy().get("jonkoping-2013").complete()).isEqualTo(count(d -> d.timeLimited() && sections(d, 0, 2, 4)));
        assertThat(summary.perPolicy().get("jonkoping-2023").complete()).isEqualTo(count(d -> d.timeLimited() && sections(d, 1, 2)));
    }

    @Test
    void everyCaseChangesAuthorityAndUrgentCasesAbove50000LoseTheUrgentRoute() {
        long upTo = count(d -> d.amount() <= 50_000), urgentAbove = count(d -> d.amount() > 50_000 && d.urgent()),
                above = count(d -> d.amount() > 50_000 && !d.urgent());
        assertThat(upTo + urgentAbove + above).isEqualTo(N);
        assertThat(step.field("decision.authority").transitions()).isEqualTo(counts(
                "UTREDNINGSCHEF → ANALYS_OCH_HALLBARHETSCHEF", upTo,
                "UTREDNINGSCHEF → KOMMUNSTYRELSENS_LEDNINGSUTSKOTT", urgentAbove,
                "JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET → KOMMUNSTYRELSENS_LEDNINGSUTSKOTT", above));
        assertThat(step.field("decision.authority").cases()).isEqualTo(N);
        assertThat(summary.perPolicy().get("jonkoping-2013").authorities()).isEqualTo(counts(
                "UTREDNINGSCHEF", upTo + urgentAbove, "JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET", above));
        assertThat(summary.perPolicy().get("jonkoping-2023").authorities()).isEqualTo(counts(
                "ANALYS_OCH_HALLBARHETSCHEF", upTo, "KOMMUNSTYRELSENS_LEDNINGSUTSKOTT", urgentAbove + above));
    }

    @Test
    void theChairIsNoLongerConsultedAbove10000AndTheCoordinatorsAndAreaGroupsAreConsultedOnEveryCase() {
        ImpactSummary.FieldImpact f = step.field("decision.consultations");
        assertThat(f.disappeared()).isEqualTo(counts("ORDFORANDE_OCH_VICE_ORDFORANDE", count(d -> d.amount() > 10_000)));
        assertThat(f.appeared()).isEqualTo(counts("KOORDINATORER_PRIO_OMRADEN", (long) N, "OMRADESGRUPPER", count(d -> !d.priorityArea())));
        assertThat(f.changed()).isEmpty();
        assertThat(f.cases()).isEqualTo(N);
    }

    @Test
    void localAssociationsLoseTheirPriorityAndPartnershipsGainEncouragement() {
        ImpactSummary.FieldImpact f = step.field("priority.factors");
        assertThat(f.disappeared()).isEqualTo(counts("LOCAL_ASSOCIATION", count(Dimensions::local)));
        assertThat(f.appeared()).isEqualTo(counts("PARTNERSHIP", count(Dimensions::partners)));
        assertThat(f.cases()).isEqualTo(count(d -> d.local() || d.partners()));
    }

    @Test
    void theFindingsThatAppearAndDisappearAreCountedExactly() {
        ImpactSummary.FieldImpact f = step.field("findings");
        long with2013HeadingsOnly = count(d -> sections(d, 0, 4));
        assertThat(f.appeared()).isEqualTo(counts(
                "MISSING_SECTION MEETINGS", with2013HeadingsOnly,
                "MISSING_SECTION LIVING_CONDITIONS", with2013HeadingsOnly,
                "MISSING_SECTION TRUST", with2013HeadingsOnly,
                "MISSING_SECTION GENDER_EQUALITY", with2013HeadingsOnly,
                "MISSING_SECTION INNOVATION", count(d -> sections(d, 0, 3)),
                "PARTNERSHIP_ENCOURAGED", count(Dimensions::partners)));
        assertThat(f.disappeared()).isEqualTo(counts(
                "MISSING_SECTION INTEGRATION", count(d -> sections(d, 1, 3)),
                "OPTIONAL_SECTION_MISSING INNOVATION", count(d -> sections(d, 0, 3)),
                "LOCAL_ASSOCIATION_PRIORITY", count(Dimensions::local),
                "URGENT_ROUTE", count(d -> d.amount() > 50_000 && d.urgent())));
        assertThat(f.changed()).isEmpty();
        assertThat(f.appeared().keySet()).first().as("the most frequent first").isEqualTo("PARTNERSHIP_ENCOURAGED");
        assertThat(f.cases()).isEqualTo(count(d -> sections(d, 0, 1, 3, 4) || d.partners() || d.local() || (d.amount() > 50_000 && d.urgent())));
    }

    @Test
    void eachVersionCountsTheCasesOfDaysItWasNotInForceApartFromTheDifferences() {
        assertThat(summary.perPolicy().get("jonkoping-2013").notInForce()).isEqualTo(count(Dimensions::receivedIn2024)).isEqualTo(480);
        assertThat(summary.perPolicy().get("jonkoping-2023").notInForce()).isEqualTo(count(d -> !d.receivedIn2024())).isEqualTo(520);
        assertThat(summary.perPolicy().get("jonkoping-2013").findings()).doesNotContainKey("POLICY_NOT_IN_FORCE jonkoping-2013");
        assertThat(summary.perPolicy().get("jonkoping-2023").findings()).doesNotContainKey("POLICY_NOT_IN_FORCE jonkoping-2023");
    }

    @Test
    void noObligationOrRepaymentChangesForApplicationsNotYetGranted() {
        assertThat(step.field("obligations").cases()).isZero();
        assertThat(step.field("repayment").cases()).isZero();
    }

    @Test
    void theSummaryIsWrittenAsJson() throws Exception {
        var json = EngineAccess.resultMapper(ENGINE).readTree(EngineAccess.resultMapper(ENGINE).writeValueAsString(summary));
        assertThat(json.path("cases").asLong()).isEqualTo(N);
        assertThat(json.path("steps").get(0).path("from").asText()).isEqualTo("jonkoping-2013");
        assertThat(json.path("steps").get(0).path("fields").path("decision.authority").path("cases").asLong()).isEqualTo(N);
        assertThat(json.path("perPolicy").path("jonkoping-2023").path("eligible").asLong()).isEqualTo(990);
        assertThat(json.path("perPolicy").path("jonkoping-2023").path("notInForce").asLong()).isEqualTo(520);
    }
}
