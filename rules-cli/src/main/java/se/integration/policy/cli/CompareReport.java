package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;

/**
 * How {@code policy compare} writes: the case sections are written first (to a spool file, as the
 * cases are judged), then the head with the impact summary, the spooled cases and the tail go out in
 * that order, so the summary is on top while memory holds only counts.
 */
interface CompareReport {
    /** What separates the two sides of a transition in the impact summary, and a key from its transition. */
    String ARROW = " → ", KEY_END = ": ";

    /** One case, side by side; {@code index} counts the cases written, from 1. */
    void writeCase(PrintWriter w, Comparison c, String where, long index);

    /** The page head: the versions compared and the impact summary over all cases. */
    void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary summary, long invalid);

    void writeTail(PrintWriter out);

    /**
     * A transition of the impact summary, {@code "before → after"} (as {@link ImpactSummary} counts a
     * scalar field), each side shown by {@code side}, an absent side ({@link ImpactSummary#ABSENT}) and a
     * text that is no transition shown by {@code plain}. Text and HTML alike: the writer's {@code side}
     * labels a value, its {@code plain} makes a text safe to show.
     */
    static String transition(String t, UnaryOperator<String> side, UnaryOperator<String> plain) {
        int arrow = t.indexOf(ARROW);
        if (arrow < 0) return plain.apply(t);
        UnaryOperator<String> one = v -> v.equals(ImpactSummary.ABSENT) ? plain.apply(v) : side.apply(v);
        return one.apply(t.substring(0, arrow)) + ARROW + one.apply(t.substring(arrow + ARROW.length()));
    }

    /**
     * A keyed field's change of value in the impact summary, {@code "key: before → after"}: the key shown
     * by {@code key}, the values as a {@link #transition}; a text that is no key change shown by
     * {@code plain}. The key ends at the last {@code ": "} (a finding's or obligation's subject may hold one,
     * the values never do).
     */
    static String keyChange(String k, UnaryOperator<String> key, UnaryOperator<String> side, UnaryOperator<String> plain) {
        int colon = k.lastIndexOf(KEY_END);
        if (colon < 0) return plain.apply(k);
        return key.apply(k.substring(0, colon)) + KEY_END + transition(k.substring(colon + KEY_END.length()), side, plain);
    }
}
