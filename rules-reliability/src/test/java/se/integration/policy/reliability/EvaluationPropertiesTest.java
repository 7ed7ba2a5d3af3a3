package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.Severity;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Basis;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Message;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.core.result.Source;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * Properties of every judgement, over generated valid cases of every kind and every package: a
 * valid case is always judged (never an exception), the same case always gets the same result,
 * {@code complete} is false exactly when an ERROR is present, and every outcome cites its source.
 */
class EvaluationPropertiesTest {
    static final Pattern UNFILLED_PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Provide Arbitrary<GeneratedCase> judgedCases() { return CaseArbitraries.judgedCases(); }

    @Provide Arbitrary<GeneratedCase> anyCases() { return CaseArbitraries.anyCases(); }

    @Provide Arbitrary<List<GeneratedCase>> severalCases() { return CaseArbitraries.judgedCases().list().ofMinSize(2).ofMaxSize(6); }

    @Property(tries = 300)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aGeneratedCaseOfEveryKindIsValidInput(@ForAll("anyCases") GeneratedCase g) {
        Statistics.coverage(checker -> { for (CaseKind k : CaseKind.values()) checker.check(k).percentage(p -> p > 10); });
        PolicyCase c = Judge.read(g);
        assertThat(c.kind()).isEqualTo(g.kind());
        Statistics.collect(g.kind());
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void evaluationNeverThrowsForAValidCase(@ForAll("judgedCases") GeneratedCase g) {
        Statistics.coverage(checker -> { for (PolicyPackage p : Project.packages()) checker.check(p.id()).count(n -> n > 10); });
        PolicyCase c = Judge.validFor(g);
        Result named = Project.ENGINE.evaluate(c, g.policy());
        assertThat(Project.ENGINE.toJson(named)).startsWith("{\"policy\":");
        assertThat(Project.ENGINE.toPrettyJson(named)).isNotBlank();

        // without a version named: the one in force on the case's date, or a typed refusal when none is
        LocalDate day = c.referenceDate() != null ? c.referenceDate() : Project.ENGINE.today();
        boolean oneInForce = Project.packages().stream().map(PolicyPackage::definition)
                .anyMatch(d -> d.municipality() == c.municipality() && d.inForceOn(day) && d.kinds().contains(c.kind()));
        if (oneInForce) {
            assertThat(Project.ENGINE.evaluate(c).policy().id()).isNotBlank();
        } else if (Project.packages().stream().map(PolicyPackage::definition).noneMatch(d -> d.municipality() == c.municipality() && d.inForceOn(day))) {
            assertThatThrownBy(() -> Project.ENGINE.evaluate(c)).isInstanceOf(PolicySelectionException.class);
        }
        Statistics.collect(g.policyId());
    }

    @Property(tries = 300)
    void theSameCaseGetsTheSameResultTwiceInARow(@ForAll("judgedCases") GeneratedCase g) {
        assertThat(Judge.json(Judge.evaluate(g))).isEqualTo(Judge.json(Judge.evaluate(g)));
    }

    @Property(tries = 150)
    void theSameCasesGetTheSameResultsInAnotherOrderAfterOtherCases(@ForAll("severalCases") List<GeneratedCase> cases,
                                                                    @ForAll Random random) {
        List<String> first = new ArrayList<>();
        for (GeneratedCase g : cases) first.add(Judge.json(Judge.evaluate(g)));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) order.add(i);
        Collections.shuffle(order, random);
        for (int i : order) {
            assertThat(Judge.json(Judge.evaluate(cases.get(i)))).as("case %d judged again after others", i).isEqualTo(first.get(i));
        }
        for (int i = cases.size() - 1; i >= 0; i--) {
            assertThat(Judge.json(Judge.evaluate(cases.get(i)))).as("case %d judged again in reverse order", i).isEqualTo(first.get(i));
        }
    }

    @Property(tries = 400)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void completeIsFalseExactlyWhenAnErrorIsPresent(@ForAll("judgedCases") GeneratedCase g) {
        // both sides must be well represented, or the property says little
        Statistics.coverage(checker -> {
            checker.check(true).percentage(p -> p > 5);
            checker.check(false).percentage(p -> p > 5);
        });
        Result r = Judge.evaluate(g);
        boolean anError = r.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.complete()).as("complete, with findings %s", codes(r)).isEqualTo(!anError);
        assertThat(Judge.tree(r).get("complete").asBoolean()).isEqualTo(!anError);
        Statistics.collect(r.complete());
    }

    @Property(tries = 400)
    void everyFindingObligationAndBasisCitesItsRuleAndTheSentenceOfItsPackage(@ForAll("judgedCases") GeneratedCase g) {
        Result r = Judge.evaluate(g);
        PolicyDefinition d = g.policy().definition();
        for (Finding f : r.findings()) citesItsPackage(d, "finding " + f.code() + " " + f.subject(), f.rule(), f.source());
        for (Obligation o : r.obligations()) citesItsPackage(d, "obligation " + o.code() + " " + o.subject(), o.rule(), o.source());
        if (r.decision() != null) {
            var dec = r.decision();
            dec.basis().forEach(b -> citesItsPackage(d, "decision basis " + b.field() + "=" + b.value(), b.rule(), b.source()));
            if (dec.authority() != null) assertThat(values(dec.basis(), "authority")).as("the authority's basis").contains(dec.authority());
            assertThat(values(dec.basis(), "consultations")).as("each consultation's basis").containsAll(dec.consultations());
            if (dec.preparedBy() != null) assertThat(values(dec.basis(), "preparedBy")).contains(dec.preparedBy());
            if (dec.meetingWithApplicant() != null) {
                assertThat(values(dec.basis(), "meetingWithApplicant")).contains(String.valueOf(dec.meetingWithApplicant()));
            }
        }
        if (r.priority() != null) {
            var p = r.priority();
            p.basis().forEach(b -> citesItsPackage(d, "priority basis " + b.value(), b.rule(), b.source()));
            Set<String> cited = p.basis().stream().map(b -> b.value().split(":")[0]).collect(Collectors.toSet());
            assertThat(cited).as("each priority factor's basis").containsAll(p.factors());
            for (String area : p.areas()) assertThat(values(p.basis(), "factors")).as("the basis of priority area %s", area).contains("PRIORITY_AREA:" + area);
        }
        if (r.repayment() != null) {
            r.repayment().basis().forEach(b -> citesItsPackage(d, "repayment basis " + b.value(), b.rule(), b.source()));
            assertThat(values(r.repayment().basis(), "grounds")).as("each repayment ground's basis").containsAll(r.repayment().grounds());
        }
    }

    @Property(tries = 300)
    void everyMessageIsWrittenOutInSwedishAndEnglish(@ForAll("judgedCases") GeneratedCase g) {
        Result r = Judge.evaluate(g);
        for (Finding f : r.findings()) filledIn(f.code(), f.message());
        for (Obligation o : r.obligations()) filledIn(o.code(), o.message());
    }

    @Property(tries = 300)
    void messagesAndSubjectsCarryNoFreeTextOfTheCase(@ForAll("judgedCases") GeneratedCase g) {
        Result r = Judge.evaluate(g);
        List<String> texts = new ArrayList<>();
        freeTexts(g.json(), texts);
        String initiative = g.json().path("initiative").asText("");
        List<String> titles = new ArrayList<>();
        g.json().path("measures").forEach(m -> titles.add(m.path("title").asText("")));
        for (Finding f : r.findings()) {
            for (String text : texts) {
                // contract §2: UNKNOWN_ALLOCATION's subject is the initiative named in the claim
                if (f.code().equals("UNKNOWN_ALLOCATION") && initiative.endsWith(text)) continue;
                // MEASURE_INCOMPLETE names the measure by its title (issue 18: not by a JSON path)
                if (f.code().equals("MEASURE_INCOMPLETE") && titles.stream().anyMatch(t -> t.contains(text))) continue;
                assertThat(f.message().sv() + " " + f.message().en() + " " + f.subject()).as("finding %s", f.code()).doesNotContain(text);
            }
        }
        for (Obligation o : r.obligations()) {
            for (String text : texts) assertThat(o.message().sv() + " " + o.message().en() + " " + o.subject()).doesNotContain(text);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Texts of the case made by {@link CaseArbitraries#freeText()}: they end in " #" and a token of their own. */
    static void freeTexts(JsonNode node, List<String> out) {
        if (node.isTextual() && node.asText().matches("(?s).* #[a-z0-9]{8}")) out.add(node.asText().substring(node.asText().length() - 10));
        node.forEach(child -> freeTexts(child, out));
    }

    static void citesItsPackage(PolicyDefinition d, String what, String rule, Source source) {
        assertThat(rule).as("the rule of %s", what).isNotBlank().matches("(" + Pattern.quote(d.id()) + "|core\\.[a-z]+)/.+");
        assertThat(source).as("the source of %s", what).isNotNull();
        assertThat(source.document()).as("the document of %s", what).isEqualTo(d.source());
        assertThat(source.section()).as("the section of %s", what).isNotBlank();
        assertThat(source.quote()).as("the quote of %s", what).isNotBlank();
        assertThat(d.sources().values()).as("the citation of %s is one of the package's own", what)
                .contains(new SourceText(source.section(), source.quote()));
    }

    static List<String> values(List<Basis> basis, String field) {
        return basis.stream().filter(b -> b.field().equals(field)).map(Basis::value).toList();
    }

    static void filledIn(String code, Message m) {
        assertThat(m).as("message of %s", code).isNotNull();
        assertThat(m.sv()).as("Swedish message of %s", code).isNotBlank().doesNotContainPattern(UNFILLED_PLACEHOLDER);
        assertThat(m.en()).as("English message of %s", code).isNotBlank().doesNotContainPattern(UNFILLED_PLACEHOLDER);
    }

    static List<String> codes(Result r) { return r.findings().stream().map(f -> f.code() + "/" + f.severity()).toList(); }
}
