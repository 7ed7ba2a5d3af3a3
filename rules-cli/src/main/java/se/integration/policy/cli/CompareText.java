package se.integration.policy.cli;

import static se.integration.policy.cli.Labels.safe;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.analysis.Cell;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.Row;

/**
 * {@code policy compare --format text}: a table per case for a terminal, a column per version, each
 * cell wrapped within its column; differing rows marked ≠ with each side's citation. Codes are shown by
 * their Swedish and English labels; text from the cases is shown with its control characters escaped.
 */
final class CompareText implements CompareReport {
    /** Widest column of values, and of row labels, before a cell wraps. */
    static final int MAX_VALUE = 42, MAX_LABEL = 48;
    private final Labels.Words words;

    CompareText(Labels.Words words) { this.words = words; }

    @Override public void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary s, long invalid) {
        out.println("Jämförelse av versioner / Comparison of versions");
        for (PolicyDefinition d : policies) {
            out.println("  " + d.id() + (d.draft() ? " (utkast / draft)" : "") + ": " + safe(d.title()) + " (" + safe(d.documentTitle()) + ", " + d.validFrom() + " – "
                    + (d.validTo() == null ? "" : d.validTo()) + ")");
        }
        out.println("  ≠ markerar en skillnad / ≠ marks a difference");
        out.println();
        if (s.cases() + invalid <= 1 && invalid == 0) return;
        out.println("══ Sammanfattning / Impact summary");
        out.println("   ärenden / cases: " + s.cases()
                + (invalid > 0 ? " (ogiltiga, ej jämförda / invalid, not compared: " + invalid + ")" : "")
                + " · med skillnader / with differences: " + s.casesWithDifferences());
        if (s.cases() == 0) {
            out.println();
            return;
        }
        List<String> ids = s.policies();
        List<List<String>> rows = new ArrayList<>();
        rows.add(perPolicy("stödberättigad / eligible", ids, id -> s.perPolicy().get(id).eligible()));
        rows.add(perPolicy("komplett / complete", ids, id -> s.perPolicy().get(id).complete()));
        rows.add(perPolicy("gällde inte på dagen / not in force on the day", ids, id -> s.perPolicy().get(id).notInForce()));
        Set<String> authorities = new LinkedHashSet<>();
        for (String id : ids) authorities.addAll(s.perPolicy().get(id).authorities().keySet());
        for (String a : authorities) {
            rows.add(perPolicy(Labels.field(Row.AUTHORITY).text() + ": " + words.value(Row.AUTHORITY, a.equals(ImpactSummary.ABSENT) ? null : a).text(), ids,
                    id -> s.perPolicy().get(id).authorities().getOrDefault(a, 0L)));
        }
        Set<String> findings = new LinkedHashSet<>();
        for (String id : ids) findings.addAll(s.perPolicy().get(id).findings().keySet());
        for (String f : findings) {
            rows.add(perPolicy(Labels.field(Row.FINDINGS).text() + ": " + words.key(Row.FINDINGS, f).text(), ids,
                    id -> s.perPolicy().get(id).findings().getOrDefault(f, 0L)));
        }
        List<String> head = new ArrayList<>();
        head.add("per version");
        head.addAll(ids);
        List<Integer> widths = new ArrayList<>();
        widths.add(Math.min(MAX_LABEL + 12, rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(10)));
        for (String id : ids) widths.add(Math.max(8, id.length()));
        List<List<String>> all = new ArrayList<>(rows);
        all.add(head);
        widths = TextLayout.fit(all, widths, 3, TextLayout.width());
        table(out, "   ", head, widths);
        for (List<String> r : rows) table(out, "   ", r, widths);
        for (ImpactSummary.Step step : s.steps()) {
            out.println();
            out.println("   " + step.from() + " → " + step.to() + ": " + step.casesChanged() + " av / of " + s.cases()
                    + " ärenden ändras / cases change");
            for (Map.Entry<String, ImpactSummary.FieldImpact> e : step.fields().entrySet()) {
                String field = e.getKey();
                ImpactSummary.FieldImpact f = e.getValue();
                if (f.cases() == 0) continue;
                out.println("     " + Labels.field(field).text() + " — " + f.cases() + " ärenden / cases");
                counts(out, "", f.transitions(), k -> transition(field, k));
                counts(out, "+ tillkommer / appears: ", f.appeared(), k -> words.key(field, k).text());
                counts(out, "− försvinner / disappears: ", f.disappeared(), k -> words.key(field, k).text());
                counts(out, "~ ändras / changes: ", f.changed(), k -> keyChange(field, k));
            }
        }
        out.println();
    }

    /** {@code "before → after"} of a scalar field, each side by its label. */
    private String transition(String field, String t) { return CompareReport.transition(t, v -> words.value(field, v).text(), Labels::safe); }

    /** {@code "key: before → after"} of a keyed field, the key and each side by their labels. */
    private String keyChange(String field, String k) {
        return CompareReport.keyChange(k, key -> words.key(field, key).text(), v -> words.value(field, v).text(), Labels::safe);
    }

    private static List<String> perPolicy(String label, List<String> ids, Function<String, Long> count) {
        List<String> r = new ArrayList<>();
        r.add(label);
        for (String id : ids) r.add(String.valueOf(count.apply(id)));
        return r;
    }

    private static void counts(PrintWriter out, String prefix, Map<String, Long> m, Function<String, String> show) {
        for (Map.Entry<String, Long> e : m.entrySet()) out.printf("       %6d  %s%s%n", e.getValue(), prefix, show.apply(e.getKey()));
    }

    @Override public void writeCase(PrintWriter out, Comparison c, String where, long index) {
        out.println("══ " + (c.caseId() == null ? "(utan ärendenummer / no case id)" : safe(c.caseId()))
                + (c.title() == null ? "" : " · " + safe(c.title())) + " · " + safe(where)
                + (c.differs() ? "" : " · inga skillnader / no differences"));
        if (c.rows().isEmpty()) {
            out.println();
            return;
        }
        List<String> labels = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (Row r : c.rows()) {
            labels.add(words.row(r).text());
            List<String> v = new ArrayList<>();
            for (Cell cell : r.values()) v.add(words.value(r.field(), cell.value()).text());
            values.add(v);
        }
        List<Integer> widths = new ArrayList<>();
        widths.add(Math.max(20, Math.min(MAX_LABEL, labels.stream().mapToInt(String::length).max().orElse(0))));
        for (int i = 0; i < c.policies().size(); i++) {
            int w = c.policies().get(i).length();
            for (List<String> v : values) w = Math.max(w, Math.min(MAX_VALUE, v.get(i).length()));
            widths.add(w);
        }
        List<String> head = new ArrayList<>();
        head.add("fält / field");
        head.addAll(c.policies());
        List<List<String>> all = new ArrayList<>();
        all.add(head);
        for (int n = 0; n < labels.size(); n++) {
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(n));
            cells.addAll(values.get(n));
            all.add(cells);
        }
        widths = TextLayout.fit(all, widths, 5, TextLayout.width());
        table(out, "     ", head, widths);
        Map<String, String> above = new java.util.HashMap<>();
        for (int n = 0; n < c.rows().size(); n++) {
            Row r = c.rows().get(n);
            List<String> cells = new ArrayList<>();
            cells.add(labels.get(n));
            cells.addAll(values.get(n));
            table(out, r.differs() ? "   ≠ " : "     ", cells, widths);
            if (r.differs()) {
                for (Cell cell : r.values()) {
                    if (cell.source() == null) continue;
                    String cite = safe(cell.source().section()) + " › ”" + safe(cell.source().quote()) + "”"
                            + (cell.rule() == null ? "" : "  [" + safe(cell.rule()) + "]");
                    // the parties consulted under one sentence are rows of their own: the sentence is shown once
                    boolean same = cite.equals(above.put(cell.policy(), cite));
                    out.println("         " + cell.policy() + ": " + (same ? "samma regel och källa som ovan / the same rule and source as above" : cite));
                }
            } else {
                above.clear();
            }
        }
        out.println();
    }

    @Override public void writeTail(PrintWriter out) {}

    /** One row of a table: each cell wrapped within its column, the lead ({@code "   ≠ "}) on the first line only. */
    static void table(PrintWriter out, String lead, List<String> cells, List<Integer> widths) { TextLayout.row(out, lead, cells, widths); }
}
