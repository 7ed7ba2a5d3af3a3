package se.integration.policy.core.internal.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.facts.Judgement;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * The sessions of one package, kept between evaluations. A session is made once with the package's
 * parameter facts inserted (they never change); an evaluation inserts the case's facts, fires, and
 * then deletes every fact it added (the case's, and every fact a rule inserted, logical or not) and
 * fires again, which must fire nothing and leave exactly the parameter facts: the session is then in
 * the state a new session with the parameters is in, and goes back to the pool. Anything else (an
 * exception, a rule firing while the case is taken out, a fact left over) and the session is disposed
 * of instead, so no evaluation can see what another left behind.
 *
 * <p>A package whose rules fire on the parameters alone cannot be judged this way (such a firing
 * would happen once per session, not once per case); it gets a new session per evaluation, as before.
 *
 * <p>Thread-safe: a session is used by one thread at a time; the pool is a few lock-free slots.
 */
final class PackageSessions {
    private static final Logger LOG = LoggerFactory.getLogger(PackageSessions.class);
    /** Sessions kept idle per package: enough for every thread of a busy machine. */
    static final int SLOTS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final PolicyPackage policy;
    private final PolicyDefinition definition;
    private final KieBase base;
    private final ResultAssembler assembler;
    private final AtomicReferenceArray<Session> idle = new AtomicReferenceArray<>(SLOTS);
    private final boolean reusable;
    private final java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();

    PackageSessions(PolicyPackage policy, KieBase base) {
        this.policy = policy;
        this.definition = policy.definition();
        this.base = base;
        this.assembler = new ResultAssembler(policy);
        Session first = new Session();
        this.reusable = first.firedOnParameters == 0;
        if (reusable) {
            idle.set(0, first);
        } else {
            LOG.debug("{}: rules fire on the parameters alone; a new session per evaluation", policy.id());
            first.dispose();
        }
    }

    boolean reusable() { return reusable; }

    /** Sessions made so far (kept ones, and new ones for single evaluations). */
    long made() { return made.get(); }

    Result evaluateInNewSession(PolicyCase policyCase, LocalDate asOf, List<AgendaEventListener> listeners) {
        return fresh(policyCase, asOf, judgement(policyCase, asOf), listeners);
    }

    private Judgement judgement(PolicyCase policyCase, LocalDate asOf) {
        return Judgement.of(definition, asOf, policyCase.referenceDate());
    }

    Result evaluate(PolicyCase policyCase, LocalDate asOf, List<AgendaEventListener> listeners) {
        Judgement judgement = judgement(policyCase, asOf);
        if (!reusable) return fresh(policyCase, asOf, judgement, listeners);
        Session session = take();
        boolean keep = false;
        try {
            Result result = session.evaluate(policyCase, asOf, judgement, listeners);
            keep = session.empty();
            return result;
        } finally {
            if (keep) give(session);
            else session.dispose();
        }
    }

    /** A new session for one evaluation: the parameters, the circumstances and the case inserted, the rules fired once. */
    private Result fresh(PolicyCase policyCase, LocalDate asOf, Judgement judgement, List<AgendaEventListener> listeners) {
        KieSession session = base.newKieSession();
        made.incrementAndGet();
        try {
            OutcomeCollector collector = new OutcomeCollector();
            session.addEventListener(collector);
            listeners.forEach(session::addEventListener);
            for (Object fact : definition.parameters()) session.insert(fact);
            session.insert(judgement);
            CaseFacts.forEach(policyCase, session::insert);
            int fired = session.fireAllRules(Evaluator.MAX_FIRINGS);
            if (fired >= Evaluator.MAX_FIRINGS) {
                throw new PolicyPackageException(policy.id() + ": the rules did not settle after " + Evaluator.MAX_FIRINGS + " firings");
            }
            return assembler.assemble(policyCase, asOf, collector.entries());
        } finally {
            session.dispose();
        }
    }

    private Session take() {
        for (int i = 0; i < SLOTS; i++) {
            Session s = idle.get(i);
            if (s != null && idle.compareAndSet(i, s, null)) return s;
        }
        return new Session();
    }

    private void give(Session s) {
        for (int i = 0; i < SLOTS; i++) {
            if (idle.get(i) == null && idle.compareAndSet(i, null, s)) return;
        }
        s.dispose();
    }

    /** Disposes of the idle sessions (those in use are disposed of when they come back). */
    void close() {
        for (int i = 0; i < SLOTS; i++) {
            Session s = idle.getAndSet(i, null);
            if (s != null) s.dispose();
        }
    }

    /** One KieSession with the package's parameters in it. */
    private final class Session {
        final KieSession session = base.newKieSession();
        final OutcomeCollector collector = new OutcomeCollector();
        final List<FactHandle> caseFacts = new ArrayList<>();
        final long parameterFacts;
        final int firedOnParameters;

        Session() {
            made.incrementAndGet();
            for (Object fact : definition.parameters()) session.insert(fact);
            firedOnParameters = session.fireAllRules(Evaluator.MAX_FIRINGS);
            parameterFacts = session.getFactCount();
        }

        Result evaluate(PolicyCase policyCase, LocalDate asOf, Judgement judgement, List<AgendaEventListener> listeners) {
            collector.reset();
            caseFacts.clear();
            caseFacts.add(session.insert(judgement));
            CaseFacts.forEach(policyCase, fact -> caseFacts.add(session.insert(fact)));
            // the collector listens only while the rules fire: what they insert and withdraw is all it needs
            // (and Drools makes no event objects for the case's own facts going in and out)
            session.addEventListener(collector);
            listeners.forEach(session::addEventListener);
            int fired;
            try {
                fired = session.fireAllRules(Evaluator.MAX_FIRINGS);
            } finally {
                session.removeEventListener(collector);
                listeners.forEach(session::removeEventListener);
            }
            if (fired >= Evaluator.MAX_FIRINGS) {
                throw new PolicyPackageException(policy.id() + ": the rules did not settle after " + Evaluator.MAX_FIRINGS + " firings");
            }
            return assembler.assemble(policyCase, asOf, collector.entries());
        }

        /**
         * Takes out every fact the evaluation added and checks that the session is as new: nothing
         * fires, only the parameters are left. Deleting the logical facts too (not only what justifies
         * them) puts every change before the one firing that settles them, so that no rule sees half a
         * case.
         */
        boolean empty() {
            for (FactHandle h : caseFacts) session.delete(h);
            caseFacts.clear();
            for (FactHandle h : collector.ruleInserted()) {
                if (session.getObject(h) != null) session.delete(h);
            }
            collector.reset(); // an idle session holds nothing of the last case
            int fired = session.fireAllRules(Evaluator.MAX_FIRINGS);
            if (fired != 0 || session.getFactCount() != parameterFacts) {
                LOG.debug("{}: a session fired {} rules or kept {} facts (not {}) once emptied; disposed of",
                        policy.id(), fired, session.getFactCount(), parameterFacts);
                return false;
            }
            return true;
        }

        void dispose() { session.dispose(); }
    }
}
