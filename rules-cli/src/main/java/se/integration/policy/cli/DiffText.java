package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.PolicyDiff.*;
import se.integration.policy.core.result.PolicyRef;

/** {@code policy diff --format text}: what changed between two versions, grouped by topic, each change cited on both sides. */
final class DiffText {
    private final PrintWriter out;

    DiffText(PrintWriter out) { this.out = out; }

    void print(PolicyDiff d) {
        out.println("Skillnader mellan versioner / Differences between versions: " + d.from().id() + " → " + d.to().id());
        version(d.from());
        version(d.to());
        for (String w : d.warnings()) out.println("  varning / warning: " + w);
        if (d.isEmpty()) out.println("  inga skillnader / no differences");
        out.println();

        if (!d.metadata().isEmpty()) {
            heading("Giltighet och dokument", "Validity and document");
            for (FieldChange f : d.metadata()) out.println("  ~ " + f.field() + ": " + show(f.from()) + " → " + show(f.to()));
            out.println();
        }
        for (Topic t : Topic.values()) {
            List<Change> changes = d.parameters().stream().filter(c -> c.topic() == t).toList();
            if (changes.isEmpty()) continue;
            Labels.Label l = Labels.topic(t);
            heading(l.sv(), l.en());
            for (Change c : changes) change(d, c);
            out.println();
        }
        if (d.unchangedParameters() > 0) {
            out.println("  (" + d.unchangedParameters() + " parametrar oförändrade / parameters unchanged)");
            out.println();
        }
        heading("Paketens egna regler", "The packages' own rules");
        if (d.rules().isEmpty()) out.println("  inga ändrade regler / no rules changed");
        for (RuleChange r : d.rules()) {
            out.println("  " + sign(r.kind()) + " \"" + r.name() + "\" — " + Labels.kind(r.kind()));
            if (r.from() != null) ruleCite(d.from().id(), r.from());
            if (r.to() != null) ruleCite(d.to().id(), r.to());
        }
        if (!d.keptRules().isEmpty()) {
            out.println("  = i båda, samma källa / in both, same source: " + String.join("; ", d.keptRules().stream().map(n -> "\"" + n + "\"").toList()));
        }
        out.println();
        heading("Gemensamma regeluppsättningar i kärnan", "Shared rule sets of the core");
        SharedRules s = d.sharedRules();
        out.println("  " + d.from().id() + ": " + list(s.from()));
        out.println("  " + d.to().id() + ": " + list(s.to()));
        if (!s.onlyFrom().isEmpty()) out.println("  − bara / only " + d.from().id() + ": " + list(s.onlyFrom()));
        if (!s.onlyTo().isEmpty()) out.println("  + bara / only " + d.to().id() + ": " + list(s.onlyTo()));
        out.println();
        if (!d.assumptions().isEmpty()) {
            heading("Antaganden", "Assumptions");
            for (AssumptionChange a : d.assumptions()) {
                out.println("  " + sign(a.kind()) + " " + a.id() + " — " + Labels.kind(a.kind()));
                if (a.from() != null) out.println("      " + d.from().id() + ": " + a.from().assumption());
                if (a.to() != null) out.println("      " + d.to().id() + ": " + a.to().assumption());
            }
            out.println();
        }
        out.flush();
    }

    private void version(PolicyRef r) {
        out.println("  " + r.id() + ": " + r.title() + " (" + r.source() + ", " + r.validFrom() + " – " + (r.validTo() == null ? "" : r.validTo()) + ")");
    }

    private void heading(String sv, String en) { out.println("── " + sv + " / " + en + " ──"); }

    private void change(PolicyDiff d, Change c) {
        StringBuilder sb = new StringBuilder("  " + sign(c.kind()) + " " + c.type() + " " + c.identity() + " — " + Labels.kind(c.kind()));
        if (c.kind() == Kind.CHANGED) {
            for (String f : c.changed()) {
                String before = c.before(f), after = c.after(f);
                String meaning = Labels.meaning(f, before, after);
                sb.append("\n      ").append(f).append(": ").append(nz(before)).append(" → ").append(nz(after))
                        .append(meaning == null ? "" : " (" + meaning + ")");
            }
        } else {
            sb.append("\n      ").append(fields(c.kind() == Kind.ADDED ? c.to() : c.from()));
        }
        out.println(sb);
        if (c.fromCite() != null) cite(d.from().id(), c.fromCite());
        if (c.toCite() != null) cite(d.to().id(), c.toCite());
    }

    private void cite(String id, Cited c) {
        out.println("      " + id + ": " + c.section() + " › ”" + c.quote() + "”");
    }

    private void ruleCite(String id, RuleInfo r) {
        if (r.cite() == null) out.println("      " + id + ": " + r.drlPackage() + " (citerar sina data / cites its data)");
        else cite(id, r.cite());
    }

    static String fields(Map<String, JsonNode> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (sb.length() > 0) sb.append(", ");
            sb.append(k).append(": ").append(show(v));
        });
        return sb.toString();
    }

    static String show(JsonNode n) { return n == null || n.isNull() ? "–" : n.isValueNode() ? n.asText() : n.toString(); }

    static String sign(Kind k) {
        return switch (k) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
        };
    }

    private static String nz(String s) { return s == null ? "–" : s; }

    private static String list(List<String> l) { return l.isEmpty() ? "–" : String.join(", ", l); }
}
