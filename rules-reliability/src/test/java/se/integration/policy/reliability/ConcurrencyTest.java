package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.internal.engine.Evaluator;
import se.integration.policy.core.internal.engine.RuleBases;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * Many threads judging mixed cases of every package give exactly the sequential results (as JSON),
 * also when they all use a fresh engine for the first time at once (each package's KieBase is built
 * once, lazily); the sequential results on kept sessions are those of a new session for each case
 * ({@code Evaluator.evaluateInNewSession}); and the shared parts of the engine hold no mutable state.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static ExecutorService pool;

    /** A case and the package it is judged under. */
    record Work(PolicyCase policyCase, PolicyPackage policy, String name) {}

    static List<Work> work;
    /** The results of {@link #work}, judged one after another on one thread. */
    static List<String> sequential;
    /** How many of {@link #work} are generated cases (the rest are case files). */
    static int generated;

    @BeforeAll
    static void judgeMixedCasesOfEveryPackageSequentially() {
        pool = Executors.newFixedThreadPool(THREADS);
        work = new ArrayList<>();
        for (Project.CaseFile f : Project.caseFiles()) work.add(new Work(f.policyCase(), f.policy(), f.toString()));
        for (PolicyPackage p : Project.packages()) {
            CaseArbitraries.samples(CaseArbitraries.casesOf(p), 150, 7).forEach((GeneratedCase g) -> {
                PolicyCase c = Judge.read(g);
                if (p.validate(c).isEmpty()) work.add(new Work(c, p, g.toString()));
            });
        }
        generated = work.size() - Project.caseFiles().size();
        Collections.shuffle(work, new Random(20251)); // mixed: packages and kinds interleaved
        sequential = new ArrayList<>();
        for (Work w : work) sequential.add(judge(Project.ENGINE, w));
    }

    @AfterAll
    static void stopThePool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    static String judge(PolicyEngine engine, Work w) {
        try {
            return engine.toJson(engine.evaluate(w.policyCase(), w.policy()));
        } catch (InvalidCaseException e) {
            return "invalid: " + e.getMessage();
        }
    }

    @Test
    void eightThreadsJudgingMixedCasesGiveExactlyTheSequentialResults() throws Exception {
        assertThat(work).as("cases of every package").hasSizeGreaterThan(300);
        for (int round = 0; round < 3; round++) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < work.size(); i++) order.add(i);
            Collections.shuffle(order, new Random(round));
            List<Future<String>> futures = new ArrayList<>();
            for (int i : order) futures.add(pool.submit(() -> judge(Project.ENGINE, work.get(i))));
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                assertThat(futures.get(k).get(60, TimeUnit.SECONDS)).as("round %d: %s", round, work.get(i).name()).isEqualTo(sequential.get(i));
            }
        }
    }

    /**
     * The evaluator keeps a package's sessions between evaluations (the parameters stay in, each case is
     * taken out again): the sequential results above, judged on kept sessions one case after another of
     * every package, are exactly those of a session made for each case alone.
     */
    @Test
    void keptSessionsJudgeEveryCaseOfEveryPackageAsASessionMadeForItAlone() {
        assertThat(generated).as("generated cases among the work").isGreaterThan(300);
        Map<String, Integer> judged = new TreeMap<>();
        for (int i = 0; i < work.size(); i++) {
            Work w = work.get(i);
            if (sequential.get(i).startsWith("invalid: ")) continue; // refused as input under its package: nothing judged
            String alone = Project.ENGINE.toJson(Evaluator.of(Project.ENGINE).evaluateInNewSession(w.policyCase(), w.policy(), Judge.asOf(w.policyCase())));
            assertThat(sequential.get(i)).as("%s on a kept session, against a new session", w.name()).isEqualTo(alone);
            judged.merge(w.policy().id(), 1, Integer::sum);
        }
        assertThat(judged.keySet()).as("packages judged").hasSize(Project.packages().size());
        assertThat(judged.values()).as("cases judged a package: %s", judged).allMatch(n -> n > 100);
        assertThat(Project.packages()).as("packages whose sessions are kept (else this proves nothing)")
                .allMatch(p -> Evaluator.of(Project.ENGINE).reusesSessions(p));
    }

    @Test
    void aFreshEngineUsedFromEightThreadsAtOnceBuildsEachKieBaseOnceAndJudgesAsSequentially() throws Exception {
        PolicyEngine fresh = Project.newEngine();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<Object>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                // half the threads ask for every package's KieBase first (each in its own order), half start judging at once
                List<Object> seen = new ArrayList<>();
                List<PolicyPackage> packages = new ArrayList<>(fresh.registry().all());
                Collections.rotate(packages, offset);
                if (offset % 2 == 0) for (PolicyPackage p : packages) seen.add(Evaluator.of(fresh).kieBase(p));
                for (int i = offset; i < work.size(); i += THREADS) {
                    String json = judge(fresh, new Work(work.get(i).policyCase(), fresh.registry().get(work.get(i).policy().id()), work.get(i).name()));
                    assertThat(json).as("%s on a fresh engine", work.get(i).name()).isEqualTo(sequential.get(i));
                }
                if (offset % 2 == 1) for (PolicyPackage p : packages) seen.add(Evaluator.of(fresh).kieBase(p));
                return seen;
            }));
        }
        Set<Object> kieBases = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<List<Object>> f : futures) kieBases.addAll(f.get(120, TimeUnit.SECONDS));
        assertThat(kieBases).as("KieBases built by eight threads at once: one a package").hasSize(fresh.registry().all().size());
    }

    @Test
    void theSharedPartsOfTheEngineHoldOnlyFinalFields() {
        List<String> mutable = new ArrayList<>();
        for (Class<?> type : List.of(PolicyEngine.class, Evaluator.class, RuleBases.class, CaseReader.class,
                classNamed("se.integration.policy.core.internal.engine.ResultAssembler"), classNamed("se.integration.policy.core.internal.engine.Messages"))) {
            for (Field f : type.getDeclaredFields()) {
                if (f.isSynthetic()) continue;
                if (!Modifier.isFinal(f.getModifiers())) mutable.add(type.getSimpleName() + "." + f.getName());
            }
        }
        assertThat(mutable).as("fields of the engine's shared objects that could change after construction").isEmpty();
    }

    @Test
    void noKieBaseDeclaresAGlobal() {
        for (PolicyPackage p : Project.packages()) {
            KieBase base = Evaluator.of(Project.ENGINE).kieBase(p);
            for (KiePackage kp : base.getKiePackages()) {
                assertThat(kp.getGlobalVariables()).as("globals of %s in %s (shared between sessions)", kp.getName(), p.id()).isEmpty();
            }
        }
    }

    static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }
}
