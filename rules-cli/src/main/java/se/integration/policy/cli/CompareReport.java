package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;

/**
 * How {@code policy compare} writes: the case sections are written first (to a spool file, as the
 * cases are judged), then the head with the impact summary, the spooled cases and the tail go out in
 * that order, so the summary is on top while memory holds only counts.
 */
interface CompareReport {
    /** One case, side by side; {@code index} counts the cases written, from 1. */
    void writeCase(PrintWriter w, Comparison c, String where, long index);

    /** The page head: the versions compared and the impact summary over all cases. */
    void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary summary, long invalid);

    void writeTail(PrintWriter out);
}
