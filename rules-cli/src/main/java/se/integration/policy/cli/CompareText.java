package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.analysis.Cell;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.Row;

/** {@code policy compare --format text}: a table per case for a terminal, differing rows marked ≠ with each side's citation. */
final class CompareText implements CompareReport {
    static final int MAX_VALUE = 42, MAX_LABEL = 60;

    @Override public void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary s, long invalid) {
        out.println("Jämförelse av versioner / Comparison of versions");
        for (PolicyDefinition d : policies) {
            out.println("  " + d.id() + ": " + d.title() + " (" + d.source() + ", " + d.validFrom() + " – "
                    + (d.validTo() == null ? "" : d.validTo()) + ")");
        }
        out.println("  ≠ markerar en skillnad / ≠ marks a difference");
        out.println();
        if (s.cases() + invalid <= 1) return;
        out.println("══ Sammanfattning / Impact summary");
        out.println("   ärenden / cases: " + s.cases()
                + (invalid > 0 ? " (ogiltiga, ej jämförda / invalid, not compared: " + invalid + ")" : "")
                + " · med skillnader / with differences: " + s.casesWithDifferences());
        List<String> ids = s.policies();
        java.util.Set<String> authorities = new java.util.LinkedHashSet<>();
        for (String id : ids) authorities.addAll(s.perPolicy().get(id).authorities().keySet());
        int w = 28;
        for (String a : authorities) w = Math.max(w, ("beslutar / decides: " + a).length() + 2);
        StringBuilder head = new StringBuilder("   " + pad("per version", w));
        for (String id : ids) head.append(pad(id, 22));
        out.println(head.toString().stripTrailing());
        line(out, w, "stödberättigad / eligible", ids.stream().map(id -> String.valueOf(s.perPolicy().get(id).eligible())).toList());
        line(out, w, "komplett / complete", ids.stream().map(id -> String.valueOf(s.perPolicy().get(id).complete())).toList());
        for (String a : authorities) {
            line(out, w, "beslutar / decides: " + a, ids.stream().map(id -> String.valueOf(s.perPolicy().get(id).authorities().getOrDefault(a, 0L))).toList());
        }
        for (ImpactSummary.Step step : s.steps()) {
            out.println();
            out.println("   " + step.from() + " → " + step.to() + ": " + step.casesChanged() + " av / of " + s.cases()
                    + " ärenden ändras / cases change");
            for (Map.Entry<String, ImpactSummary.FieldImpact> e : step.fields().entrySet()) {
                ImpactSummary.FieldImpact f = e.getValue();
                if (f.cases() == 0) continue;
                out.println("     " + Labels.field(e.getKey()).text() + " — " + f.cases() + " ärenden / cases");
                counts(out, "", f.transitions());
                counts(out, "+ tillkommer / appears: ", f.appeared());
                counts(out, "− försvinner / disappears: ", f.disappeared());
                counts(out, "~ ändras / changes: ", f.changed());
            }
        }
        out.println();
    }

    private static void line(PrintWriter out, int w, String label, List<String> values) {
        StringBuilder sb = new StringBuilder("   " + pad(label, w));
        for (String v : values) sb.append(pad(v, 22));
        out.println(sb.toString().stripTrailing());
    }

    private static void counts(PrintWriter out, String prefix, Map<String, Long> m) {
        for (Map.Entry<String, Long> e : m.entrySet()) out.printf("       %6d  %s%s%n", e.getValue(), prefix, e.getKey());
    }

    @Override public void writeCase(PrintWriter out, Comparison c, String where, long index) {
        out.println("══ " + (c.caseId() == null ? "(utan ärendenummer / no case id)" : c.caseId())
                + (c.title() == null ? "" : " · " + c.title()) + " · " + where
                + (c.differs() ? "" : " · inga skillnader / no differences"));
        if (c.rows().isEmpty()) {
            out.println();
            return;
        }
        int labelWidth = 20;
        for (Row r : c.rows()) labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL, Labels.row(r).length() + 1));
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < c.policies().size(); i++) {
            int w = c.policies().get(i).length() + 2;
            for (Row r : c.rows()) w = Math.max(w, Math.min(MAX_VALUE, Labels.value(r.values().get(i).value()).length() + 2));
            widths.add(w);
        }
        StringBuilder head = new StringBuilder("     " + pad("fält / field", labelWidth));
        for (int i = 0; i < c.policies().size(); i++) head.append(pad(c.policies().get(i), widths.get(i)));
        out.println(head.toString().stripTrailing());
        for (Row r : c.rows()) {
            StringBuilder sb = new StringBuilder(r.differs() ? "   ≠ " : "     ");
            sb.append(pad(Labels.row(r), labelWidth));
            for (int i = 0; i < r.values().size(); i++) sb.append(pad(Labels.value(r.values().get(i).value()), widths.get(i)));
            out.println(sb.toString().stripTrailing());
            if (r.differs()) {
                for (Cell cell : r.values()) {
                    if (cell.source() == null) continue;
                    out.println("         " + cell.policy() + ": " + cell.source().section() + " › ”" + cell.source().quote() + "”"
                            + (cell.rule() == null ? "" : "  [" + cell.rule() + "]"));
                }
            }
        }
        out.println();
    }

    @Override public void writeTail(PrintWriter out) {}

    static String pad(String s, int n) { return s.length() >= n ? s + " " : s + " ".repeat(n - s.length()); }
}
