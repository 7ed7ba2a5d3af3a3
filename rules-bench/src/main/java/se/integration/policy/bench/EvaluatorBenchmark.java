package se.integration.policy.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * The library, warm, on each package's bundled examples (one example per call, in turn): judging a
 * read case, reading a case (strict), writing a result, and the three together.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluatorBenchmark {

    @Benchmark
    public Result evaluate(EngineState s, Cursor c) {
        return s.engine.evaluate(s.cases[c.next(s.cases.length)], s.pkg);
    }

    @Benchmark
    public PolicyCase read(EngineState s, Cursor c) {
        return s.engine.read(s.json[c.next(s.json.length)]);
    }

    @Benchmark
    public String write(EngineState s, Cursor c) {
        return s.engine.toJson(s.results[c.next(s.results.length)]);
    }

    @Benchmark
    public String readEvaluateWrite(EngineState s, Cursor c) {
        return s.engine.toJson(s.engine.evaluate(s.engine.read(s.json[c.next(s.json.length)]), s.pkg));
    }
}
