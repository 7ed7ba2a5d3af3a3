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
import java.util.Set;
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
 * authority and nothing else; moving the day judged on forward never turns an OVERDUE duty back
 * into OPEN; adding a priority area never lowers priority.
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
            keys = CaseArbitraries.names(GrantApplication.HeadingKey.class);
            missingCode = "MISSING_SECTION";
        } else {
            // a follow-up's parts are its headings; a plan without a follow-up has none to fill in
            Assume.that(g.kind() == CaseKind.ACTION_PLAN && json.has("followUp"));
            ObjectNode followUp = (ObjectNode) json.get("followUp");
            sections = followUp.has("sections") ? (ObjectNode) followUp.get("sections") : followUp.putObject("sections");
            keys = CaseArbitraries.names(ActionPlan.FollowUpSectionKey.class);
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
        boolean urgent = low.path("urgent").asBoolean(false);
        if (!urgent) {
            // (an urgent case may go to the urgent-case authority above the threshold, where a version has such a clause)
            assertThat(rHigh.decision().authority()).as("who decides at %d kr and at %d kr (threshold %d)", a.above(), a.below(), a.threshold())
                    .isNotEqualTo(rLow.decision().authority());
        }
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

    @Property(tries = 300)
    void movingTheDayJudgedOnForwardNeverTurnsAnOverdueDutyBackIntoOpen(@ForAll("judgedCases") GeneratedCase g,
                                                                       @ForAll @IntRange(min = 1, max = 1500) int days) {
        PolicyCase c = Judge.validFor(g);
        LocalDate first = Judge.asOf(c), later = first.plusDays(days);
        Map<String, List<ObligationStatus>> before = statuses(Project.ENGINE.evaluate(c.withAsOf(first), g.policy()));
        Map<String, List<ObligationStatus>> after = statuses(Project.ENGINE.evaluate(c.withAsOf(later), g.policy()));
        before.forEach((duty, was) -> {
            if (!was.contains(ObligationStatus.OVERDUE)) return;
            List<ObligationStatus> now = after.getOrDefault(duty, List.of());
            assertThat(now).as("%s, OVERDUE on %s, on %s", duty, first, later).doesNotContain(ObligationStatus.OPEN)
                    .allMatch(s -> s == ObligationStatus.OVERDUE);
        });
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
