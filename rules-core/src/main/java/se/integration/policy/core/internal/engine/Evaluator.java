package se.integration.policy.core.internal.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * Evaluates cases against packages on the package's shared KieBase (built once, on first use): the
 * parameters, the circumstances of the evaluation and the case inserted as facts, the rules fired, the
 * outcomes assembled. Sessions are kept between evaluations with the parameters in them and emptied of
 * the case after each one ({@link PackageSessions}: proven as new before reuse, or thrown away).
 * Thread-safe: KieBases and assemblers are shared read-only; a session is used by one thread at a time.
 */
public final class Evaluator {
    /** A guard against rules that never settle: a defect of a package, reported as such. */
    static final int MAX_FIRINGS = 100_000;

    private final RuleBases ruleBases = new RuleBases();
    private final Map<String, PackageSessions> sessions = new ConcurrentHashMap<>();
    /** How many drafts keep their sessions (a draft used again after more others gets new ones). */
    static final int DRAFTS_KEPT = 32;
    /**
     * Drafts' sessions, by the draft itself (two drafts may share an id: a workbench edits one again and
     * again), the most recently used kept; a draft is an object of the caller's, so not a weak key (the
     * sessions refer to it).
     */
    private final Map<PolicyPackage, PackageSessions> draftSessions = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<PolicyPackage, PackageSessions> eldest) { return size() > DRAFTS_KEPT; }
            });

    /** Builds the package's KieBase (and its first session) now rather than on first use. */
    public void load(PolicyPackage p) { sessions(p); }

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
        return sessions(p).evaluate(policyCase, asOf, listeners);
    }

    /**
     * Judges a case in a new session made for it alone (how the evaluator worked before sessions were
     * kept): the reference the kept sessions are tested against, and a way to rule them out when
     * diagnosing.
     */
    public Result evaluateInNewSession(PolicyCase policyCase, PolicyPackage p, LocalDate asOf) {
        return sessions(p).evaluateInNewSession(policyCase, asOf, List.of());
    }

    /** How many sessions have been made for a package so far (diagnostics: a kept session is reused, not remade). */
    public long sessionsMade(PolicyPackage p) { return sessions(p).made(); }

    /** Whether the package's sessions are kept between evaluations (false: its rules fire on its parameters alone). */
    public boolean reusesSessions(PolicyPackage p) { return sessions(p).reusable(); }

    /** Disposes of the sessions kept idle; those in use are disposed of when they come back. */
    public void close() { sessions.values().forEach(PackageSessions::close); }

    /**
     * The evaluator underneath an engine (for tools that attach listeners, such as rule-coverage tests).
     *
     * @param engine an engine
     * @return its evaluator
     */
    public static Evaluator of(se.integration.policy.core.PolicyEngine engine) { return EngineAccess.evaluator(engine); }

    private PackageSessions sessions(PolicyPackage p) {
        if (p instanceof se.integration.policy.core.DraftPackage) {
            return draftSessions.computeIfAbsent(p, d -> new PackageSessions(d, ruleBases.get(d)));
        }
        PackageSessions s = sessions.get(p.id());
        return s != null ? s : sessions.computeIfAbsent(p.id(), id -> new PackageSessions(p, ruleBases.get(p)));
    }
}
