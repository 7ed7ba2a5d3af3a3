package se.integration.policy.bench;

import se.integration.policy.core.internal.engine.Evaluator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.internal.engine.CaseFacts;
import se.integration.policy.core.facts.Judgement;
import se.integration.policy.core.model.PolicyCase;

/**
 * What Drools offers for running one case, on the Jönköping 2023 KieBase and examples, measured as
 * raw Drools work (insert, fire; no result assembly): the choice the evaluator makes rests on these.
 * <ul>
 *   <li>{@code newSession}: a new stateful session per case, parameters and case inserted (the evaluator before);</li>
 *   <li>{@code sessionsPool}: {@code KieBase.newKieSessionsPool}: sessions reset and reused, parameters inserted each time;</li>
 *   <li>{@code stateless}: a stateless session per case ({@code execute} of all facts);</li>
 *   <li>{@code statelessSequential}: the same on a KieBase built with {@code SequentialOption.YES};</li>
 *   <li>{@code keptSession}: one session per thread with the parameters inserted once; the case's facts and
 *       everything rules inserted are deleted after each case (the evaluator now); with Drools' default
 *       options, direct firing, or the alpha network compiled to Java in memory ({@code KieBaseUpdaterANC.generateAndSetInMemoryANC}).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionStrategiesBenchmark {

    @State(Scope.Benchmark)
    public static class Bases {
        public KieBase base, sequential, alphaCompiled;
        public KieSessionsPool pool;
        public List<Object> parameters;
        public List<List<Object>> caseFacts = new ArrayList<>();
        public PolicyDefinition definition;

        @Setup
        public void setUp() {
            PolicyEngine engine = PolicyEngine.create();
            PolicyPackage p = engine.registry().get("jonkoping-2023");
            definition = p.definition();
            base = Evaluator.of(engine).kieBase(p);
            KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
            conf.setOption(SequentialOption.YES);
            sequential = KieBaseBuilder.createKieBaseFromModel(models(p), conf);
            alphaCompiled = KieBaseBuilder.createKieBaseFromModel(models(p), KieServices.get().newKieBaseConfiguration());
            org.drools.ancompiler.KieBaseUpdaterANC.generateAndSetInMemoryANC(alphaCompiled);
            pool = base.newKieSessionsPool(4);
            parameters = new ArrayList<>(definition.parameters());
            for (PolicyCase c : Examples.of(engine, p)) {
                LocalDate asOf = c.asOf() != null ? c.asOf() : engine.today();
                List<Object> facts = new ArrayList<>();
                facts.add(Judgement.of(definition, asOf, c.referenceDate()));
                facts.addAll(CaseFacts.of(c));
                caseFacts.add(facts);
            }
        }

        @TearDown
        public void tearDown() { pool.shutdown(); }

        /** All facts of one case: parameters, circumstances, case. */
        List<Object> all(int i) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(caseFacts.get(i));
            return all;
        }
    }

    /** The package's executable model and the core's shared sets it names (as the evaluator builds its KieBase). */
    static List<Model> models(PolicyPackage p) {
        List<Model> models = new ArrayList<>(load(p.classLoader(), p.definition().model(), null));
        List<String> wanted = p.definition().sharedRules().stream().map(s -> "se.integration.policy.core.rules." + s).toList();
        models.addAll(load(SessionStrategiesBenchmark.class.getClassLoader(), "se.integration.policy/rules-core", wanted));
        return models;
    }

    private static List<Model> load(ClassLoader loader, String model, List<String> packages) {
        try (InputStream in = loader.getResourceAsStream("META-INF/kie/" + model + "/drools-model")) {
            List<Model> models = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.isEmpty() || line.contains(":")) continue;
                if (packages != null && !packages.contains(line.substring(0, line.lastIndexOf('.')))) continue;
                models.add((Model) Class.forName(line, true, loader).getDeclaredConstructor().newInstance());
            }
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session per thread with the parameters in it. */
    @State(Scope.Thread)
    public static class Kept {
        /**
         * Session options tried: Drools' defaults, or direct firing. ({@code ThreadSafeOption.NO} is not
         * among them: with the executable model its consequences fail, "fhLookup is null", in Drools 10.2.)
         */
        @org.openjdk.jmh.annotations.Param({"default", "directFiring", "alphaCompiled"})
        public String options;
        KieSession session;
        final List<FactHandle> handles = new ArrayList<>();
        final List<FactHandle> inserted = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp(Bases b) {
            org.kie.api.runtime.KieSessionConfiguration conf = KieServices.get().newKieSessionConfiguration();
            if (options.equals("directFiring")) conf.setOption(org.kie.api.runtime.conf.DirectFiringOption.YES);
            session = (options.equals("alphaCompiled") ? b.alphaCompiled : b.base).newKieSession(conf, null);
            session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                @Override public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent e) {
                    if (e.getRule() != null) inserted.add(e.getFactHandle());
                }
            });
            for (Object p : b.parameters) session.insert(p);
            session.fireAllRules();
        }

        @TearDown(Level.Trial)
        public void tearDown() { session.dispose(); }
    }

    @Benchmark
    public int newSession(Bases b, Cursor c) {
        return fireOnce(b.base.newKieSession(), b.all(c.next(b.caseFacts.size())));
    }

    @Benchmark
    public int sessionsPool(Bases b, Cursor c) {
        return fireOnce(b.pool.newKieSession(), b.all(c.next(b.caseFacts.size())));
    }

    /** Inserts the facts, fires, and disposes of the session (a pooled one goes back to its pool). */
    private static int fireOnce(KieSession s, List<Object> facts) {
        try {
            for (Object f : facts) s.insert(f);
            return s.fireAllRules();
        } finally {
            s.dispose();
        }
    }

    @Benchmark
    public List<Object> stateless(Bases b, Cursor c) {
        List<Object> facts = b.all(c.next(b.caseFacts.size()));
        b.base.newStatelessKieSession().execute(facts);
        return facts;
    }

    @Benchmark
    public List<Object> statelessSequential(Bases b, Cursor c) {
        List<Object> facts = b.all(c.next(b.caseFacts.size()));
        b.sequential.newStatelessKieSession().execute(facts);
        return facts;
    }

    @Benchmark
    public int keptSession(Bases b, Kept k, Cursor c) {
        return judgeInKept(b, k, c, true);
    }

    /** As {@code keptSession}, without the second firing that settles the deletions now (they are settled with the next case). */
    @Benchmark
    public int keptSessionSettledLater(Bases b, Kept k, Cursor c) {
        return judgeInKept(b, k, c, false);
    }

    /** Inserts the next case into the kept session, fires, deletes what the case and its rules inserted. */
    private static int judgeInKept(Bases b, Kept k, Cursor c, boolean settleNow) {
        KieSession s = k.session;
        k.handles.clear();
        k.inserted.clear();
        for (Object f : b.caseFacts.get(c.next(b.caseFacts.size()))) k.handles.add(s.insert(f));
        int fired = s.fireAllRules();
        for (FactHandle h : k.handles) s.delete(h);
        for (FactHandle h : k.inserted) if (s.getObject(h) != null) s.delete(h);
        return settleNow ? fired + s.fireAllRules() : fired;
    }
}
