package se.integration.policy.reliability;

import se.integration.policy.core.internal.engine.Evaluator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import java.time.LocalDate;
import se.integration.policy.core.internal.engine.CaseFacts;
import se.integration.policy.core.facts.Judgement;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;

/** The rules of the packages' KieBases, by id ({@code <DRL package>/<rule name>}), and what their left-hand sides match. */
final class Rules {
    private Rules() {}

    static String id(Rule r) { return r.getPackageName() + "/" + r.getName(); }

    static boolean shared(String ruleId) { return ruleId.startsWith("se.integration.policy.core.rules."); }

    /** Every rule of a package's KieBase: its own and those of the shared rule sets it includes. */
    static Set<String> of(PolicyPackage p) {
        Set<String> ids = new TreeSet<>();
        for (KiePackage kp : kieBase(p).getKiePackages()) for (Rule r : kp.getRules()) ids.add(id(r));
        return ids;
    }

    static KieBase kieBase(PolicyPackage p) { return Evaluator.of(Project.ENGINE).kieBase(p); }

    static Rule rule(PolicyPackage p, String ruleId) {
        int slash = ruleId.indexOf('/');
        return kieBase(p).getRule(ruleId.substring(0, slash), ruleId.substring(slash + 1));
    }

    /**
     * The fact types a rule's left-hand side needs to be there: its patterns, except those under
     * {@code not} (whose absence the rule asks for). Patterns under {@code exists} count.
     */
    static Set<Class<?>> neededTypes(Rule rule) {
        Set<Class<?>> types = new LinkedHashSet<>();
        collect(((RuleImpl) rule).getLhs(), types);
        return types;
    }

    private static void collect(RuleConditionElement element, Set<Class<?>> types) {
        if (element instanceof GroupElement g) {
            if (g.isNot()) return;
            for (RuleConditionElement child : g.getChildren()) collect(child, types);
        } else if (element instanceof Pattern p) {
            if (p.getObjectType() instanceof ClassObjectType c) types.add(c.getClassType());
        }
    }

    /** A listener that records the ids of the rules that fire. */
    static final class Fired extends DefaultAgendaEventListener {
        final Set<String> ids = new TreeSet<>();

        @Override public void afterMatchFired(AfterMatchFiredEvent event) { ids.add(id(event.getMatch().getRule())); }
    }

    /**
     * Fires a package's rules on a case in a session of its own, with the facts the evaluator inserts
     * (parameters, the judgement, the case's facts) and a listener on what the rules insert; the
     * evaluator's own API takes agenda listeners only.
     */
    static void fire(PolicyCase c, PolicyPackage p, RuleRuntimeEventListener listener) {
        var d = p.definition();
        KieSession session = kieBase(p).newKieSession();
        try {
            session.addEventListener(listener);
            for (Object fact : d.parameters()) session.insert(fact);
            LocalDate asOf = Judge.asOf(c);
            session.insert(Judgement.of(d, asOf, c.referenceDate()));
            for (Object fact : CaseFacts.of(c)) session.insert(fact);
            session.fireAllRules(100_000);
        } finally {
            session.dispose();
        }
    }

    /** Judges a case under a package on a day and returns the rules that fired. */
    static Set<String> fired(PolicyCase c, PolicyPackage p) {
        Fired listener = new Fired();
        Evaluator.of(Project.ENGINE).evaluate(c, p, Judge.asOf(c), List.of(listener));
        return listener.ids;
    }
}
