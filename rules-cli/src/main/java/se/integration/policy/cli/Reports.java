package se.integration.policy.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.model.Limits;

/**
 * The command line's report writers and readers for other front ends ({@code policy serve}, module
 * rules-server): the same {@code list --format json} rows, the same comparison and diff pages, the
 * same JSON-lines reader with the same limits. A front end calls these rather than copying them, so
 * what the command line shows and what the server shows stay one thing.
 */
public final class Reports {
    private Reports() {}

    /** The rows of {@code policy list --format json}: each object of the array the command prints, as compact JSON. */
    public static List<String> listJson() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(new String[] {"list", "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
        if (code != Main.OK) throw new IllegalStateException("policy list --format json failed: " + err);
        try {
            List<String> rows = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).forEach(row -> rows.add(row.toString()));
            return rows;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("policy list --format json wrote no JSON array", e);
        }
    }

    /** The style sheet of the command line's HTML pages (screen and print). */
    public static String css() { return Html.CSS; }

    /** Text escaped for HTML content and attribute values. */
    public static String escape(Object o) { return Html.esc(o); }

    /**
     * The page of {@code policy compare --format html}: the versions, the impact summary over all the cases
     * in {@code summary}, then the given comparisons (each with where it came from), in that order.
     */
    public static void compareHtml(PrintWriter out, Collection<? extends PolicyPackage> packages, ImpactSummary summary, long invalid,
            List<Comparison> comparisons, List<String> where) {
        CompareHtml html = new CompareHtml(Labels.Words.of(packages));
        List<PolicyDefinition> definitions = packages.stream().map(PolicyPackage::definition).toList();
        html.writeHead(out, definitions, summary, invalid);
        for (int i = 0; i < comparisons.size(); i++) html.writeCase(out, comparisons.get(i), where.get(i), i + 1);
        html.writeTail(out);
        out.flush();
    }

    /** The page of {@code policy diff --format html}. */
    public static void diffHtml(PrintWriter out, PolicyDiff diff, Collection<? extends PolicyPackage> packages) {
        new DiffHtml(out, Labels.Words.of(packages)).print(diff);
        out.flush();
    }

    /**
     * One line of a JSON-lines input, numbered from 1: its text, or why it was not read (longer than a
     * case may be, or not UTF-8), as the command line reads {@code .jsonl} files.
     */
    public record Line(int number, String text, String problem) {}

    /** The non-blank lines of a JSON-lines stream, read a block at a time (memory stays bounded by the case limit). */
    public static Iterator<Line> lines(InputStream in) {
        Inputs.LineReader reader = new Inputs.LineReader(in);
        return new Iterator<>() {
            int n;
            Line next;

            @Override public boolean hasNext() {
                while (next == null && reader.hasNext()) {
                    n++;
                    String text = reader.next();
                    if (reader.truncated) next = new Line(n, null, "the line is longer than " + Limits.MAX_DOCUMENT_BYTES + " bytes");
                    else if (reader.badEncoding) next = new Line(n, null, "the line is not valid UTF-8");
                    else if (!text.isBlank()) next = new Line(n, text, null);
                }
                return next != null;
            }

            @Override public Line next() {
                if (!hasNext()) throw new NoSuchElementException();
                Line l = next;
                next = null;
                return l;
            }
        };
    }

    /**
     * One recorded decision re-judged as {@code policy replay} judges each line: the case's name and its
     * disagreements, or the problems (each "path: message") that made the record invalid.
     */
    public record Replayed(String caseName, List<se.integration.policy.core.replay.Disagreement> disagreements, List<String> problems) {}

    /** Re-judges one recorded decision (the text of one line) with {@code policy replay}'s own check. */
    public static Replayed replay(se.integration.policy.core.PolicyEngine engine, String text) {
        ReplayCommand.Checked c = ReplayCommand.check(engine, new Inputs.Input("-", 0, text, null));
        return new Replayed(c.caseName(), c.disagreements(), c.problems());
    }

    /** All lines of a JSON-lines stream (see {@link #lines}). */
    public static List<Line> allLines(InputStream in) {
        List<Line> all = new ArrayList<>();
        lines(in).forEachRemaining(all::add);
        return all;
    }
}
