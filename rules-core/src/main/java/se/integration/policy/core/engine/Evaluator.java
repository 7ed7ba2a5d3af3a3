package se.integration.policy.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.facts.Judgement;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * Evaluates cases against packages: one new session per case on the package's shared KieBase (built
 * once), the parameters and the case inserted as facts, the rules fired, the outcomes assembled.
 * Thread-safe: KieBases and assemblers are shared read-only; sessions are never shared.
 */
public final class Evaluator {
    /** A guard against rules that never settle: a defect of a package, reported as such. */
    static final int MAX_FIRINGS = 100_000;

    private final RuleBases ruleBases = new RuleBases();
    private final Map<String, ResultAssembler> assemblers = new ConcurrentHashMap<>();

    /** Builds the package's KieBase now rather than on first use. */
    public void load(PolicyPackage p) { ruleBases.get(p); }

    /** The KieBase of a package (built on first use). */
    public KieBase kieBase(PolicyPackage p) { return ruleBases.get(p); }

    /**
     * Judges a case under a package on a day.
     *
     * @param asOf the day judged on (the case's own {@code asOf} is not consulted here)
     */
    public Result evaluate(PolicyCase policyCase, PolicyPackage p, LocalDate asOf) {
        return evaluate(policyCase, p, asOf, List.of());
    }

    /** As {@link #evaluate(PolicyCase, PolicyPackage, LocalDate)}, with event listeners on the session (for coverage and tracing). */
    public Result evaluate(PolicyCase policyCase, PolicyPackage p, LocalDate asOf, List<org.kie.api.event.rule.AgendaEventListener> listeners) {
        PolicyDefinition d = p.definition();
        KieBase base = ruleBases.get(p);
        ResultAssembler assembler = assemblers.computeIfAbsent(p.id(), id -> new ResultAssembler(p));
        LocalDate reference = policyCase.referenceDate() != null ? policyCase.referenceDate() : asOf;
        KieSession session = base.newKieSession();
        try {
            OutcomeCollector collector = new OutcomeCollector();
            session.addEventListener(collector);
            listeners.forEach(session::addEventListener);
            for (Object fact : d.parameters()) session.insert(fact);
            session.insert(new Judgement(d.id(), asOf, reference, d.validFrom(), d.validTo()));
            for (Object fact : CaseFacts.of(policyCase)) session.insert(fact);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) throw new PolicyPackageException(p.id() + ": the rules did not settle after " + MAX_FIRINGS + " firings");
            return assembler.assemble(policyCase, asOf, collector.entries());
        } finally {
            session.dispose();
        }
    }
}
