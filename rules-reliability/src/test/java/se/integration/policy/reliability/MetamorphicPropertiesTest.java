package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.AuthorityBand;
import se.integration.policy.core.facts.ObligationStatus;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.facts.PriorityArea;
import se.integration.policy.core.facts.Severity;
import se.integration.policy.core.facts.UrgentAuthority;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * Relations between the judgements of two related cases that follow from the guideline texts
 * themselves, over generated cases of every package: filling in a missing heading never adds an
 * ERROR; raising the amount across an authority threshold (50 000 kr) changes the deciding
 * authority and nothing else (an urgent case goes to the urgent-case authority where the version
 * has that clause); moving the day judged on forward never turns an OVERDUE duty back into OPEN,
 * nor lets it vanish while it is not done; adding a priority area never lowers priority.
 *
 * <p>Each property also requires its interesting state to occur (jqwik statistics coverage): a
 * missing heading's ERROR that filling in removes, a duty OVERDUE before the day moves, in more than
 * 5 % of tries in each package whose own case files expect that state ({@link CaseFileStates}); urgent
 * cases on both sides of the urgent-case clause.
 */
class MetamorphicPropertiesTest {

    @Provide Arbitrary<GeneratedCase> judgedCases() { return CaseArbitraries.judgedCases(); }

    // ---------------------------------------------------------------- headings

    @Property(tries = 300)
    void fillingInAMissingHeadingNeverAddsAnError(@ForAll("judgedCases") GeneratedCase g, @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        ObjectNode json = g.copy();
        ObjectNode sections;
        List<String> keys;
        String missingCode;
        if (g.kind() == CaseKind.GRANT_APPLICATION) {
            sections = json.has("sections") ? (ObjectNode) json.get("sections") : json.putObject("sections");
            keys = CaseArbitraries.HEADINGS;
            missingCode = "MISSING_SECTION";
        } else {
            // a follow-up's parts are its headings; a plan without a follow-up has none to fill in
            Assume.that(g.kind() == CaseKind.ACTION_PLAN && json.has("followUp"));
            ObjectNode followUp = (ObjectNode) json.get("followUp");
            sections = followUp.has("sections") ? (ObjectNode) followUp.get("sections") : followUp.putObject("sections");
            keys = CaseArbitraries.FOLLOW_UP_SECTIONS;
            missingCode = "MISSING_FOLLOW_UP_SECTION";
        }
        String key = keys.get(pick % keys.size());
        // the heading missing: as generated if it is, else left out, blank or null
        if (filledIn(sections.get(key))) {
            switch (pick % 3) {
                case 0 -> sections.remove(key);
                case 1 -> sections.put(key, "  ");
                default -> sections.putNull(key);
            }
        }
        Result missing = Judge.evaluate(json, g.policy());
        sections.put(key, "Ifylld rubrik: en text som svarar på rubriken");
        Result filled = Judge.evaluate(json, g.policy());

        assertThat(errors(filled)).as("ERRORs after filling in %s (before: %s)", key, errors(missing)).isSubsetOf(errors(missing));
        assertThat(filled.findings()).as("findings about %s once it is filled in", key)
                .noneMatch(f -> key.equals(f.subject()) && (f.code().equals(missingCode) || f.code().equals("OPTIONAL_SECTION_MISSING")));

        // the interesting state must occur: a missing heading's ERROR that filling it in takes away, in every
        // package whose own case files expect that ERROR (else the property holds vacuously there)
        boolean removed = errors(missing).contains(missingCode + " " + key) && !errors(filled).contains(missingCode + " " + key);
        String label = "missing heading's ERROR removed by filling it in, " + g.policyId();
        Statistics.label(label).collect(removed);
        if (CaseFileStates.raises(g.policy(), missingCode)) {
            Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p > 5));
        }
        // (and each such package is tried at all)
        Statistics.label("packages tried").collect(g.policyId());
        Statistics.label("packages tried").coverage(checker -> {
            for (PolicyPackage p : Project.packages()) {
                if (CaseFileStates.raises(p, "MISSING_SECTION") || CaseFileStates.raises(p, "MISSING_FOLLOW_UP_SECTION")) checker.check(p.id()).count(n -> n > 0);
            }
        });
    }

    static boolean filledIn(JsonNode text) { return text != null && text.isTextual() && !text.asText().isBlank(); }

    static Set<String> errors(Result r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code() + (f.subject() == null ? "" : " " + f.subject())).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------- the amount and the deciding authority

    /** A case, and two amounts on either side of one of its package's authority thresholds, with no other threshold between them. */
    record AcrossThreshold(GeneratedCase base, long threshold, long below, long above) {}

    @Provide Arbitrary<AcrossThreshold> acrossThreshold() {
        List<PolicyPackage> banded = Project.packages().stream()
                .filter(p -> p.definition().parameters(AuthorityBand.class).stream().anyMatch(b -> b.toAmount() != null)).toList();
        return Arbitraries.of(banded).flatMap(p -> {
            List<Long> thresholds = p.definition().parameters(AuthorityBand.class).stream()
                    .filter(b -> b.toAmount() != null).map(AuthorityBand::toAmount).toList();
            TreeSet<Long> points = points(p);
            return Arbitraries.of(thresholds).flatMap(t -> {
                long low = points.lower(t) == null ? 0 : points.lower(t) + 1;
                long high = points.higher(t) == null ? Limits.MAX_AMOUNT : points.higher(t);
                Arbitrary<Long> below = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(t)), Tuple.of(2, Arbitraries.longs().between(low, t)));
                Arbitrary<Long> above = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(t + 1)), Tuple.of(2, Arbitraries.longs().between(t + 1, high)));
                return Combinators.combine(CaseArbitraries.grant(p), below, above).as((g, x, y) -> new AcrossThreshold(g, t, x, y));
            });
        });
    }

    /**
     * Every amount at which some rule of the package changes its mind, as "at most p / more than p":
     * the bands' upper bounds and the amount below their lower bounds, and every other amount of its
     * parameters (consultation above an amount, an urgent route above an amount).
     */
    static TreeSet<Long> points(PolicyPackage p) {
        TreeSet<Long> points = new TreeSet<>();
        for (ParameterFact f : p.definition().parameters()) {
            if (f instanceof AuthorityBand b) {
                if (b.toAmount() != null) points.add(b.toAmount());
                if (b.fromAmount() > 0) points.add(b.fromAmount() - 1);
            } else {
                points.addAll(CaseArbitraries.numbers(f, "amount"));
            }
        }
        return points;
    }

    @Property(tries = 300)
    void raisingTheAmountAcrossTheThresholdChangesTheDecidingAuthorityAndNothingElse(@ForAll("acrossThreshold") AcrossThreshold a) {
        PolicyPackage p = a.base().policy();
        ObjectNode low = a.base().copy(), high = a.base().copy();
        ((ObjectNode) low.get("amounts")).put("requested", a.below());
        ((ObjectNode) high.get("amounts")).put("requested", a.above());
        Result rLow = Judge.evaluate(low, p), rHigh = Judge.evaluate(high, p);

        // who decides includes, on a version's urgent route, the findings that cite its urgent-case clause
        // (jonkoping-2013's URGENT_ROUTE says who may decide and who otherwise would)
        Set<String> urgentClauses = p.definition().parameters(UrgentAuthority.class).stream()
                .map(u -> p.definition().sources().get(u.cite()).quote()).collect(Collectors.toSet());
        assertThat(withoutAuthority(Judge.tree(rHigh), urgentClauses)).as("the result at %d kr apart from who decides, against %d kr", a.above(), a.below())
                .isEqualTo(withoutAuthority(Judge.tree(rLow), urgentClauses));
        // an urgent case goes, above its amount, to the urgent-case authority where the version has such a
        // clause (an UrgentAuthority parameter); every other case changes hands at the threshold
        boolean urgent = low.path("urgent").asBoolean(false);
        Optional<UrgentAuthority> urgentClause = p.definition().parameters(UrgentAuthority.class).stream()
                .filter(u -> a.above() > u.aboveAmount()).findFirst();
        if (urgent && urgentClause.isPresent()) {
            assertThat(rHigh.decision().authority()).as("who decides an urgent case at %d kr (the urgent-case clause of %s)", a.above(), p.id())
                    .isEqualTo(urgentClause.get().authority());
        } else {
            assertThat(rHigh.decision().authority()).as("who decides at %d kr and at %d kr (threshold %d%s)", a.above(), a.below(), a.threshold(),
                    urgent ? ", urgent, no urgent-case clause" : "").isNotEqualTo(rLow.decision().authority());
        }
        // both kinds of urgent case must occur: on the urgent-case clause where the package has one, else changing hands
        boolean hasClause = !p.definition().parameters(UrgentAuthority.class).isEmpty();
        String label = "urgent cases, " + p.id();
        Statistics.label(label).collect(!urgent ? "not urgent" : urgentClause.isPresent() ? "urgent-case authority" : "urgent, changes hands");
        Statistics.label(label).coverage(checker -> checker.check(hasClause ? "urgent-case authority" : "urgent, changes hands").count(n -> n > 0));
        assertThat(rLow.decision().authority()).isNotNull();
        assertThat(rHigh.decision().authority()).isNotNull();
    }

    static JsonNode withoutAuthority(JsonNode result, Set<String> urgentClauses) {
        ObjectNode copy = result.deepCopy();
        if (copy.get("findings") instanceof ArrayNode findings) {
            for (int i = findings.size() - 1; i >= 0; i--) if (urgentClauses.contains(findings.get(i).path("source").path("quote").asText())) findings.remove(i);
        }
        if (copy.get("decision") instanceof ObjectNode decision) {
            decision.remove("authority");
            if (decision.get("basis") instanceof ArrayNode basis) {
                for (int i = basis.size() - 1; i >= 0; i--) if (basis.get(i).path("field").asText().equals("authority")) basis.remove(i);
            }
        }
        return copy;
    }

    // ---------------------------------------------------------------- the day judged on

    /** One case of every package, each with numbers that pick its first day and how far the day moves. */
    record OnePerPackage(List<GeneratedCase> cases, List<Integer> picks, List<Integer> days) {
        @Override public String toString() { return cases + " picks " + picks + " days " + days; }
    }

    @Provide Arbitrary<OnePerPackage> oneCaseOfEveryPackage() {
        int n = Project.packages().size();
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 10_000).list().ofSize(n);
        Arbitrary<List<Integer>> days = Arbitraries.integers().between(1, 1500).list().ofSize(n);
        return Combinators.combine(Combinators.combine(Project.packages().stream().map(CaseArbitraries::casesOf).toList()).as(l -> l),
                picks, days).as(OnePerPackage::new);
    }

    /**
     * One case of each package a try (so that each is tried as often, and its share of OVERDUE duties can
     * be required); the first day is the case's own one time in four, else the day after one of its
     * duties falls due or its period ends (the edge where a duty not done turns OVERDUE).
     */
    @Property(tries = 120)
    void movingTheDayJudgedOnForwardNeverTurnsAnOverdueDutyBackIntoOpen(@ForAll("oneCaseOfEveryPackage") OnePerPackage try_) {
        for (int i = 0; i < try_.cases().size(); i++) {
            GeneratedCase g = try_.cases().get(i);
            PolicyCase c = Judge.read(g);
            if (!g.policy().validate(c).isEmpty()) continue; // not a valid case for its package
            int pick = try_.picks().get(i);
            LocalDate own = Judge.asOf(c);
            Result onItsDay = Project.ENGINE.evaluate(c.withAsOf(own), g.policy());
            // a duty's last day: its due day, or for a duty judged against a period with no due day (contract 1.1
            // Additions: Lidköping's half-yearly report-back) the period's last day
            List<LocalDate> edges = new ArrayList<>(new TreeSet<>(onItsDay.obligations().stream()
                    .map(o -> o.due() != null ? o.due() : o.period() != null ? o.period().to() : null)
                    .filter(d -> d != null).map(d -> d.plusDays(1)).toList()));
            LocalDate first = pick % 4 == 0 || edges.isEmpty() ? own : edges.get(pick / 4 % edges.size());
            dayMovesForward(g, c, first, first.equals(own) ? onItsDay : Project.ENGINE.evaluate(c.withAsOf(first), g.policy()),
                    first.plusDays(try_.days().get(i)));
        }
    }

    private static void dayMovesForward(GeneratedCase g, PolicyCase c, LocalDate first, Result onFirst, LocalDate later) {
        Map<String, List<ObligationStatus>> before = statuses(onFirst);
        Map<String, List<ObligationStatus>> after = statuses(Project.ENGINE.evaluate(c.withAsOf(later), g.policy()));
        Map<String, List<ObligationStatus>> vanished = new TreeMap<>();
        before.forEach((duty, was) -> {
            if (!was.contains(ObligationStatus.OVERDUE)) return;
            List<ObligationStatus> now = after.get(duty);
            if (now == null) {
                if (lapsesAtTheProjectsEnd(duty, c, later)) Statistics.label("an OVERDUE duty lapsed at the project's end").collect(g.policyId());
                else vanished.put(duty, was);
                return;
            }
            assertThat(now).as("%s of %s, OVERDUE on %s, on %s", duty, g, first, later).doesNotContain(ObligationStatus.OPEN)
                    .allMatch(s -> s == ObligationStatus.OVERDUE);
        });
        assertThat(vanished).as("duties OVERDUE on %s (not done) that are gone on %s, in %s; all duties on %s: %s", first, later, g, later, after)
                .isEmpty();

        // the interesting state must occur: a duty OVERDUE before the day moves, in every package whose own
        // case files expect an OVERDUE duty (else the property holds vacuously there)
        String label = "a duty OVERDUE before the day moves, " + g.policyId();
        Statistics.label(label).collect(before.values().stream().anyMatch(s -> s.contains(ObligationStatus.OVERDUE)));
        if (CaseFileStates.hasOverdue(g.policy())) Statistics.label(label).coverage(checker -> checker.check(true).percentage(p -> p > 5));
    }

    /**
     * The one duty that ends by itself as the day moves: the interim report before the next half-yearly
     * payment is asked for only while the project runs (core rule "Interim reports: the next half-yearly
     * payment of a running project needs an interim report"), as the texts ask for a report before a new
     * payment ("När utbetalningen sker halvårsvis ska föreningen/organisationen/den kommunala verksamheten
     * lämna in rapport innan ny utbetalning sker", 000; "… lämna in delrapport innan ny utbetalning sker",
     * 001), and after the project's end no new payment is to come. Its final report is then due instead.
     */
    static boolean lapsesAtTheProjectsEnd(String duty, PolicyCase c, LocalDate later) {
        return duty.startsWith("INTERIM_REPORT next payment ") && c instanceof GrantApplication a
                && a.project().end() != null && later.isAfter(a.project().end());
    }

    /** The statuses of each duty (code, subject, due), as the result lists them. */
    static Map<String, List<ObligationStatus>> statuses(Result r) {
        Map<String, List<ObligationStatus>> map = new HashMap<>();
        for (Obligation o : r.obligations()) {
            map.computeIfAbsent(o.code() + " " + o.subject() + " " + o.due(), k -> new ArrayList<>()).add(o.status());
        }
        return map;
    }

    // ---------------------------------------------------------------- priority

    @Provide Arbitrary<GeneratedCase> grantsWithPriorityAreas() {
        List<PolicyPackage> withAreas = Project.packages().stream()
                .filter(p -> p.definition().kinds().contains(CaseKind.GRANT_APPLICATION))
                .filter(p -> !p.definition().parameters(PriorityArea.class).isEmpty()).toList();
        return Arbitraries.of(withAreas).flatMap(CaseArbitraries::grant);
    }

    @Property(tries = 300)
    void addingAPriorityAreaNeverLowersPriority(@ForAll("grantsWithPriorityAreas") GeneratedCase g, @ForAll @IntRange(min = 0, max = 100) int pick) {
        List<String> priorityAreas = CaseArbitraries.priorityAreaKeys(g.policy());
        String area = priorityAreas.get(pick % priorityAreas.size());
        ObjectNode json = g.copy();
        Result before = Judge.evaluate(json, g.policy());
        ObjectNode project = (ObjectNode) json.get("project");
        (project.has("areas") ? (ArrayNode) project.get("areas") : project.putArray("areas")).add(area);
        Result after = Judge.evaluate(json, g.policy());

        assertThat(after.priority().areas()).as("priority areas after adding %s", area).containsAll(before.priority().areas()).contains(area);
        assertThat(after.priority().factors()).as("priority factors after adding %s", area).containsAll(before.priority().factors())
                .contains("PRIORITY_AREA");
    }
}
