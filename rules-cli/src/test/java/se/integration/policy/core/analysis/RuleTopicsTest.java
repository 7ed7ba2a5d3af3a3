package se.integration.policy.core.analysis;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.analysis.PolicyDiff.RuleChange;
import se.integration.policy.core.analysis.PolicyDiff.Topic;
import se.integration.policy.core.facts.ParameterFact;

/** What a package's own rule is about: its {@code @topic}, else what it inserts, what consumes its classification, or what it reads. */
class RuleTopicsTest {
    static final String DRL = """
            package test;
            import se.integration.policy.core.facts.*;

            // rule "Commented: not a rule" when then end
            rule "A: a priority factor and an info finding"
            when
                GrantApplication( )
            then
                insert(new PriorityFactor("X", null, null));
                insert(RaisedFinding.info("X", null));
            end

            rule "B: an ineligible finding"
            when
                GrantApplication( project.end == null )
            then
                insert(RaisedFinding.error("NOT_TIME_LIMITED", null).makingIneligible());
            end

            /* a block comment with insert(new DueObligation()) in it */
            rule "C: a classification only"
                @cite("something")
            when
                GrantApplication( )
            then
                insertLogical(new Classified());
            end

            rule "D: what consumes the classification"
            when
                Classified( )
            then
                insert(DueObligation.of("X", null, ObligationStatus.OPEN));
            end

            rule "E: reads an encouragement and only raises a finding"
            when
                $e : Encouragement( effort == "OTHER_AREAS" )
            then
                insert(RaisedFinding.info("ENCOURAGED_AREA", null).citing($e.cite()));
            end

            rule "F: nothing to go by"
            when
                GrantApplication( )
            then
                insert(RaisedFinding.warning("SOMETHING", null));
            end

            rule "G: a decision wins over a finding, a priority over a decision"
            when
                $u : UrgentAuthority( )
            then
                insert(RaisedFinding.error("X", null).makingIneligible());
                insertLogical(UrgentRoute.of($u));
                insert(new PriorityFactor("Y", null, null));
            end
            """;

    static Map<String, RuleTopics.Parsed> parsed() {
        Map<String, RuleTopics.Parsed> m = new LinkedHashMap<>();
        for (RuleTopics.Parsed r : RuleTopics.parse(DRL)) m.put(r.name(), r);
        return m;
    }

    static Topic topic(String name) { return RuleTopics.topic("test", name, null, parsed()); }

    @Test
    void theRulesAreReadFromTheDrlTextWithoutItsComments() {
        assertThat(parsed().keySet()).containsExactly("A: a priority factor and an info finding", "B: an ineligible finding", "C: a classification only",
                "D: what consumes the classification", "E: reads an encouragement and only raises a finding", "F: nothing to go by",
                "G: a decision wins over a finding, a priority over a decision");
        assertThat(parsed().get("B: an ineligible finding").when()).contains("project.end == null");
        assertThat(parsed().get("C: a classification only").then()).contains("new Classified()").doesNotContain("DueObligation");
    }

    @Test
    void aRuleIsAboutWhatItInserts() {
        assertThat(topic("A: a priority factor and an info finding")).isEqualTo(Topic.PRIORITY);
        assertThat(topic("B: an ineligible finding")).isEqualTo(Topic.ELIGIBILITY);
        assertThat(topic("G: a decision wins over a finding, a priority over a decision")).isEqualTo(Topic.PRIORITY);
    }

    @Test
    void aClassificationIsAboutWhatTheRulesThatMatchItAreAbout() {
        assertThat(topic("C: a classification only")).isEqualTo(Topic.DUTIES_AND_DEADLINES);
    }

    @Test
    void aRuleThatOnlyRaisesAFindingIsAboutWhatItReads() {
        assertThat(topic("E: reads an encouragement and only raises a finding")).isEqualTo(Topic.PRIORITY);
        assertThat(topic("F: nothing to go by")).isEqualTo(Topic.OTHER);
        assertThat(topic("a rule the DRL text does not have")).isEqualTo(Topic.OTHER);
    }

    @Test
    void theTopicMetadataComesFirstAndMustNameATopic() {
        assertThat(RuleTopics.topic("test", "A: a priority factor and an info finding", "decision", parsed())).isEqualTo(Topic.DECISION);
        assertThat(RuleTopics.topic("test", "F: nothing to go by", "REPAYMENT", parsed())).isEqualTo(Topic.REPAYMENT);
        assertThatThrownBy(() -> RuleTopics.topic("test", "F: nothing to go by", "PRIORITISATION", parsed()))
                .isInstanceOf(PolicyPackageException.class).hasMessageContaining("F: nothing to go by").hasMessageContaining("PRIORITISATION");
    }

    @Test
    void everyOwnRuleOfTheInstalledPackagesHasATopicAndTheJonkopingRulesTheirOwn() {
        PolicyEngine engine = PolicyEngine.create();
        Map<String, Topic> all = new LinkedHashMap<>();
        for (PolicyPackage p : engine.registry().all()) {
            for (var kp : Evaluator.of(engine).kieBase(p).getKiePackages()) {
                if (kp.getName().startsWith("se.integration.policy.core.rules.")) continue;
                Map<String, Topic> topics = RuleTopics.of(p, kp);
                assertThat(topics).as(p.id()).hasSameSizeAs(kp.getRules());
                topics.forEach((n, t) -> all.put(p.id() + " " + n, t));
            }
        }
        assertThat(all).containsEntry("jonkoping-2013 Anvisningar: applications from locally active associations are prioritised", Topic.PRIORITY)
                .containsEntry("jonkoping-2013 Beslutsförfarande: an urgent application above the amount takes the urgent route", Topic.DECISION)
                .containsEntry("jonkoping-2023 Anvisningar: applications with partners or co-financiers are encouraged", Topic.PRIORITY)
                .containsEntry("lidkoping-2016 Sammanfattning: a report-back to the municipal executive board each half-year", Topic.DUTIES_AND_DEADLINES)
                .containsEntry("varnamo-2017 Dokumentet gäller för: the plan of an organisation outside the policy is not judged under it", Topic.ELIGIBILITY);
    }

    /** A package whose class loader hides its DRL files (as an installation without sources would). */
    record WithoutDrl(PolicyPackage real) implements PolicyPackage {
        @Override public PolicyDefinition definition() { return real.definition(); }
        @Override public List<Class<? extends ParameterFact>> parameterTypes() { return real.parameterTypes(); }
        @Override public String messageBundle() { return real.messageBundle(); }
        @Override public ClassLoader classLoader() {
            return new ClassLoader(real.classLoader()) {
                @Override public URL getResource(String name) { return name.endsWith(".drl") ? null : super.getResource(name); }

                @Override public Enumeration<URL> getResources(String name) throws IOException {
                    return name.endsWith(".drl") ? Collections.emptyEnumeration() : super.getResources(name);
                }
            };
        }
    }

    @Test
    void withoutItsDrlTextARuleIsAboutSomethingOtherAndTheDiffIsStillMade() {
        PolicyEngine engine = PolicyEngine.create();
        PolicyRegistry registry = PolicyRegistry.of(List.of(new WithoutDrl(engine.registry().get("jonkoping-2013")),
                new WithoutDrl(engine.registry().get("jonkoping-2023"))));
        PolicyDiff d = new PolicyDiffs(PolicyEngine.create(registry, java.time.Clock.systemDefaultZone())).diff("jonkoping-2013", "jonkoping-2023");
        assertThat(d.rules()).hasSize(4).extracting(RuleChange::topic).containsOnly(Topic.OTHER);
    }
}
