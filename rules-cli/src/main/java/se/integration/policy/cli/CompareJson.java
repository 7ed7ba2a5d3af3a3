package se.integration.policy.cli;

import se.integration.policy.core.PolicyEngine;
import java.io.PrintWriter;
import java.util.List;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;

/**
 * {@code policy compare --format json}: one JSON document,
 * {@code {"policies": [PolicyRef…], "invalid": n, "summary": ImpactSummary, "comparisons": [Comparison…]}},
 * with each comparison on a line of its own (README, "For policy analysts", documents the shape).
 */
final class CompareJson implements CompareReport {
    private final PolicyEngine engine;

    CompareJson(PolicyEngine engine) { this.engine = engine; }

    @Override public void writeCase(PrintWriter w, Comparison c, String where, long index) {
        w.print(index > 1 ? ",\n" : "\n");
        w.print(json(c));
    }

    @Override public void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary summary, long invalid) {
        out.print("{\"policies\":" + json(policies.stream().map(PolicyDefinition::ref).toList()) + ",\n\"invalid\":" + invalid
                + ",\n\"summary\":" + json(summary) + ",\n\"comparisons\":[");
    }

    @Override public void writeTail(PrintWriter out) { out.println("\n]}"); }

    private String json(Object o) {
        return engine.toJson(o, false);
    }
}
