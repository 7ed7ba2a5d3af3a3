package se.integration.policy.jonkoping2023;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.ConsultationRequirement;
import se.integration.policy.core.facts.HeadingRequirement;
import se.integration.policy.core.facts.RevisionDue;
import se.integration.policy.core.facts.UrgentAuthority;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * Every rule of the package's KieBase (its own DRL and the core's shared rule sets it includes)
 * that can fire for this package is fired by at least one case file in {@code src/test/resources/cases}.
 * The rules that cannot fire are named below, each with the parameter whose absence makes it so; the
 * test fails if that parameter appears (then a case must exercise the rule).
 */
class Jonkoping2023RuleCoverageTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final String POLICY = "jonkoping-2023";
    static final String VALIDITY = "se.integration.policy.core.rules.validity/";
    static final String GRANT = "se.integration.policy.core.rules.grant/";

    /** Rules this package's data gives nothing to fire on, and the condition on its definition that proves it. */
    static final Map<String, Predicate<PolicyDefinition>> CANNOT_FIRE = new LinkedHashMap<>();
    static {
        // the text sets no revision date
        CANNOT_FIRE.put(VALIDITY + "Validity: judged after the date by which the policy is to be revised",
                d -> d.parameters(RevisionDue.class).isEmpty());
        // every heading of both lists is required ("Ska innehålla följande rubriker")
        CANNOT_FIRE.put(GRANT + "Completeness: an optional heading is left out",
                d -> d.parameters(HeadingRequirement.class).stream().allMatch(HeadingRequirement::required));
        // the 2023 text has no urgent-case clause
        CANNOT_FIRE.put(GRANT + "Decision: on the urgent route the urgent-case authority decides",
                d -> d.parameters(UrgentAuthority.class).isEmpty());
        // partners, area groups and coordinators are consulted on every application, not only in priority areas
        CANNOT_FIRE.put(GRANT + "Decision: a party consulted when the project works in a priority area",
                d -> d.parameters(ConsultationRequirement.class).stream()
                        .noneMatch(c -> c.condition() == ConsultationRequirement.When.PRIORITY_AREA_PROJECT));
    }

    static PolicyPackage policy;
    static Set<String> rules;
    static Map<String, Set<String>> firedBy;

    @BeforeAll
    static void judgeEveryCaseFileWithARuleListener() {
        policy = ENGINE.registry().get(POLICY);
        rules = new TreeSet<>();
        for (KiePackage p : Evaluator.of(ENGINE).kieBase(policy).getKiePackages()) {
            for (Rule r : p.getRules()) rules.add(id(r));
        }
        firedBy = new LinkedHashMap<>();
        for (RecordedDecisions.Located located : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision d = Replay.parse(located.json());
            PolicyCase c = ENGINE.read(d.caseJson());
            LocalDate asOf = c.asOf() != null ? c.asOf() : ENGINE.today();
            Set<String> fired = new TreeSet<>();
            Evaluator.of(ENGINE).evaluate(c, ENGINE.registry().get(d.policy() == null ? POLICY : d.policy()), asOf,
                    List.of(new DefaultAgendaEventListener() {
                        @Override public void afterMatchFired(AfterMatchFiredEvent event) { fired.add(id(event.getMatch().getRule())); }
                    }));
            firedBy.put(located.displayName(), fired);
        }
    }

    static String id(Rule r) { return r.getPackageName() + "/" + r.getName(); }

    @Test
    void everyRuleThatCanFireForThisPackageIsFiredByAtLeastOneCase() {
        Set<String> fired = firedBy.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        List<String> neverFired = new ArrayList<>();
        for (String rule : rules) {
            if (!fired.contains(rule) && !CANNOT_FIRE.containsKey(rule)) neverFired.add(rule);
        }
        assertThat(neverFired).as("rules of %s that no case file fires (add a case for each)", POLICY).isEmpty();
        assertThat(rules).as("the package's KieBase holds its own rules").anyMatch(r -> r.startsWith("se.integration.policy.jonkoping2023/"));
    }

    @Test
    void theRulesNoCaseCanFireAreInTheKieBaseAndTheirParametersAreReallyAbsent() {
        for (Map.Entry<String, Predicate<PolicyDefinition>> e : CANNOT_FIRE.entrySet()) {
            assertThat(rules).as("rule listed as unable to fire").contains(e.getKey());
            assertThat(e.getValue().test(policy.definition()))
                    .as("%s is listed as unable to fire, but the package now has the parameter it fires on: add a case and remove it from the list", e.getKey())
                    .isTrue();
        }
    }

    @Test
    void noCaseFiresARuleListedAsUnableToFire() {
        firedBy.forEach((file, fired) -> assertThat(fired).as("rules fired by %s", file).doesNotContainAnyElementsOf(CANNOT_FIRE.keySet()));
    }

    @Test
    void everyCaseFileFiresTheRulesOfItsApplicantCategoryOrIsAnIndividual() {
        // a guard that the listener really observes firings: every case classifies its applicant or is ineligible as an individual
        firedBy.forEach((file, fired) -> assertThat(fired).as("rules fired by %s", file)
                .containsAnyOf(GRANT + "Applicant category: associations and other non-profit organisations",
                        GRANT + "Applicant category: municipal units", GRANT + "Eligibility: an applicant of a type the guidelines never grant"));
    }
}
