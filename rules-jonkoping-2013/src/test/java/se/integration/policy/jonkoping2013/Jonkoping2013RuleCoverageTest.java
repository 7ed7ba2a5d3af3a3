package se.integration.policy.jonkoping2013;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.RevisionDue;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * The case files judged under jonkoping-2013 fire every rule of this package and every shared rule
 * its parameters drive, so that no rule goes untested.
 */
class Jonkoping2013RuleCoverageTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    /** Needs a RevisionDue parameter: the 2013 text sets no revision date. */
    static final String REVISION_RULE = "se.integration.policy.core.rules.validity/Validity: judged after the date by which the policy is to be revised";

    @Test
    void theCaseFilesFireEveryRuleOfThePackageAndOfTheSharedSetsItUses() {
        PolicyPackage jonkoping2013 = ENGINE.registry().get("jonkoping-2013");
        Set<String> fired = new TreeSet<>();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getPackageName() + "/" + event.getMatch().getRule().getName());
            }
        };
        int judged = 0;
        for (RecordedDecisions.Located located : RecordedDecisions.onClassPath("cases").records()) {
            RecordedDecision record = Replay.parse(located.json());
            PolicyCase policyCase = ENGINE.read(record.caseJson());
            PolicyPackage policy = record.policy() == null ? ENGINE.select(policyCase) : ENGINE.registry().get(record.policy());
            if (policy != jonkoping2013) continue;
            judged++;
            Evaluator.of(ENGINE).evaluate(policyCase, policy, policyCase.asOf() != null ? policyCase.asOf() : ENGINE.today(), java.util.List.of(listener));
        }
        assertThat(judged).isGreaterThan(40);

        Set<String> rules = new TreeSet<>();
        Evaluator.of(ENGINE).kieBase(jonkoping2013).getKiePackages()
                .forEach(p -> p.getRules().forEach(r -> rules.add(p.getName() + "/" + r.getName())));
        assertThat(rules).anyMatch(r -> r.startsWith("se.integration.policy.jonkoping2013/Anvisningar: "))
                .anyMatch(r -> r.startsWith("se.integration.policy.jonkoping2013/Beslutsförfarande: "))
                .anyMatch(r -> r.startsWith("se.integration.policy.core.rules.grant/"))
                .contains(REVISION_RULE);
        assertThat(jonkoping2013.definition().parameters(RevisionDue.class)).isEmpty();
        rules.remove(REVISION_RULE);

        rules.removeAll(fired);
        assertThat(rules).as("rules no case file fires").isEmpty();
    }
}
