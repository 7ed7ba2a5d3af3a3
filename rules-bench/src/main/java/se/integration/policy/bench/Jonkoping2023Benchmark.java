package se.integration.policy.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.Outcome;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * What the evaluator is measured against, on the Jönköping 2023 examples: the same rules written by
 * hand in plain Java (the physical limit), and the usual Drools usage (class-path container, a
 * stateless session and a batch command per call). {@code EvaluatorBenchmark.evaluate} with
 * {@code policy=jonkoping-2023} is the library on the same examples.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Jonkoping2023Benchmark {

    @State(Scope.Benchmark)
    public static class Jonkoping2023 {
        public PolicyCase[] cases;
        public java.time.LocalDate[] asOf;
        public HandWrittenJonkoping2023 handWritten;
        public UsualDrools usual;

        @Setup
        public void setUp() {
            PolicyEngine engine = PolicyEngine.create();
            PolicyPackage p = engine.registry().get("jonkoping-2023");
            cases = Examples.of(engine, p).toArray(PolicyCase[]::new);
            asOf = new java.time.LocalDate[cases.length];
            for (int i = 0; i < cases.length; i++) asOf[i] = cases[i].asOf() != null ? cases[i].asOf() : engine.today();
            handWritten = new HandWrittenJonkoping2023(p);
            usual = new UsualDrools(p);
        }
    }

    @Benchmark
    public Result handWritten(Jonkoping2023 s, Cursor c) {
        int i = c.next(s.cases.length);
        return s.handWritten.evaluate((GrantApplication) s.cases[i], s.asOf[i]);
    }

    @Benchmark
    public List<Outcome> usualDrools(Jonkoping2023 s, Cursor c) {
        int i = c.next(s.cases.length);
        return s.usual.evaluate(s.cases[i], s.asOf[i]);
    }
}
