package se.integration.policy.bench;

import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * One engine shared by every benchmark thread (as an application shares it), one package, and the
 * bundled examples that package judges, read and judged once before measuring.
 */
@State(Scope.Benchmark)
public class EngineState {
    /** The package measured; {@link BenchMain} sets it to every package on the class path. */
    @Param({"jonkoping-2023"})
    public String policy;

    public PolicyEngine engine;
    public PolicyPackage pkg;
    public PolicyCase[] cases;
    public LocalDate[] asOf;
    public String[] json;
    public Result[] results;

    @Setup
    public void setUp() {
        engine = PolicyEngine.create();
        pkg = engine.registry().get(policy);
        List<PolicyCase> list = Examples.of(engine, pkg);
        if (list.isEmpty()) throw new IllegalStateException(policy + ": no bundled example for this package");
        cases = list.toArray(PolicyCase[]::new);
        json = Examples.jsonOf(engine, pkg).toArray(String[]::new);
        asOf = new LocalDate[cases.length];
        results = new Result[cases.length];
        for (int i = 0; i < cases.length; i++) {
            asOf[i] = cases[i].asOf() != null ? cases[i].asOf() : engine.today();
            results[i] = engine.evaluate(cases[i], pkg);
        }
    }
}
