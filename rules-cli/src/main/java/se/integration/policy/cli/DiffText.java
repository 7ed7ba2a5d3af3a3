package se.integration.policy.cli;

import static se.integration.policy.cli.Labels.safe;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.PolicyDiff.*;
import se.integration.policy.core.result.PolicyRef;

/**
 * {@code policy diff --format text}: what changed between two versions, grouped by topic (parameters
 * and the packages' own rules alike), each change cited on both sides; codes shown by their Swedish
 * and English labels, with the type and identity the JSON names them by in brackets.
 */
final class DiffText {
    private final PrintWriter out;
    private final Labels.Words words;

    DiffText(PrintWriter out, Labels.Words words) {
        this.out = out;
        this.words = words;
    }

    void print(PolicyDiff d) {
        out.println("Skillnader mellan versioner / Differences between versions: " + d.from().id() + " → " + d.to().id());
        version(d.from());
        version(d.to());
        for (String w : d.warnings()) out.println("  varning / warning: " + safe(w));
        if (d.isEmpty()) out.println("  inga skillnader / no differences");
        out.println();

        if (!d.metadata().isEmpty()) {
            heading(new Labels.Label("Giltighet och dokument", "Validity and document"));
            for (FieldChange f : d.metadata()) {
                out.println("  ~ " + Labels.parameterField(f.field()).text() + ": " + words.metadataValue(f.field(), f.from()).text() + " → "
                        + words.metadataValue(f.field(), f.to()).text());
            }
            out.println();
        }
        for (Topic t : Topic.values()) {
            List<Change> changes = d.parameters(t);
            List<RuleChange> rules = d.rules(t);
            if (changes.isEmpty() && rules.isEmpty()) continue;
            heading(Labels.topic(t));
            for (Change c : changes) change(d, c);
            for (RuleChange r : rules) rule(d, r);
            out.println();
        }
        if (d.unchangedParameters() > 0) {
            out.println("  (" + d.unchangedParameters() + " parametrar oförändrade, med samma värden och samma ord / parameters unchanged, "
                    + "with the same values and the same words)");
            out.println();
        }
        heading(new Labels.Label("Paketens egna regler", "The packages' own rules"));
        if (d.rules().isEmpty()) out.println("  inga ändrade regler / no rules changed");
        else out.println("  " + d.rules().size() + " ändrade, under sitt ämne ovan / changed, under their topic above");
        if (!d.keptRules().isEmpty()) {
            out.println("  = i båda, samma ord / in both, the same words: "
                    + String.join("; ", d.keptRules().stream().map(n -> "\"" + safe(n) + "\"").toList()));
        }
        out.println();
        heading(new Labels.Label("Gemensamma regeluppsättningar i kärnan", "Shared rule sets of the core"));
        SharedRules s = d.sharedRules();
        out.println("  " + d.from().id() + ": " + list(s.from()));
        out.println("  " + d.to().id() + ": " + list(s.to()));
        if (!s.onlyFrom().isEmpty()) out.println("  − bara / only " + d.from().id() + ": " + list(s.onlyFrom()));
        if (!s.onlyTo().isEmpty()) out.println("  + bara / only " + d.to().id() + ": " + list(s.onlyTo()));
        out.println();
        if (!d.assumptions().isEmpty()) {
            heading(new Labels.Label("Antaganden", "Assumptions"));
            for (AssumptionChange a : d.assumptions()) {
                out.println("  " + sign(a.kind()) + " " + safe(a.id()) + " — " + Labels.kind(a.kind()));
                if (a.from() != null) out.println("      " + d.from().id() + ": " + safe(a.from().assumption()));
                if (a.to() != null) out.println("      " + d.to().id() + ": " + safe(a.to().assumption()));
            }
            out.println();
        }
        out.flush();
    }

    private void version(PolicyRef r) {
        out.println("  " + r.id() + (Boolean.TRUE.equals(r.draft()) ? " (utkast / draft)" : "") + ": " + safe(r.title()) + " (" + safe(r.sourceName()) + ", " + r.validFrom() + " – " + (r.validTo() == null ? "" : r.validTo()) + ")");
    }

    private void heading(Labels.Label l) { out.println("── " + l.sv() + " / " + l.en() + " ──"); }

    /** What a parameter is, as a reader names it: its type and identity by their labels (the codes in brackets). */
    static String what(Labels.Words words, String type, String identity) {
        return words.parameter(type, identity).text() + "  [" + safe(type) + " " + safe(identity) + "]";
    }

    private void change(PolicyDiff d, Change c) {
        out.println("  " + sign(c.kind()) + " " + what(words, c.type(), c.identity()) + " — " + Labels.kind(c.kind()));
        if (c.kind() == Kind.CHANGED) {
            for (String f : c.changed()) {
                if (f.equals(PolicyDiff.WORDING)) {
                    out.println("      " + Labels.parameterField(f).text() + ": samma värden, andra ord i dokumentet / the same values, "
                            + "other words in the document");
                    continue;
                }
                String meaning = Labels.meaning(f, c.before(f), c.after(f));
                out.println("      " + Labels.parameterField(f).text() + ": " + words.fieldValue(f, c.from().get(f)).text() + " → "
                        + words.fieldValue(f, c.to().get(f)).text() + (meaning == null ? "" : " (" + meaning + ")"));
            }
        } else {
            out.println("      " + fields(words, c.kind() == Kind.ADDED ? c.to() : c.from()));
        }
        if (c.fromCite() != null) cite(d.from().id(), c.fromCite());
        if (c.toCite() != null) cite(d.to().id(), c.toCite());
    }

    private void rule(PolicyDiff d, RuleChange r) {
        out.println("  " + sign(r.kind()) + " regel / rule \"" + safe(r.name()) + "\" — " + Labels.kind(r.kind()));
        if (r.from() != null) ruleCite(d.from().id(), r.from());
        if (r.to() != null) ruleCite(d.to().id(), r.to());
    }

    private void cite(String id, Cited c) {
        out.println("      " + id + ": " + safe(c.section()) + " › ”" + safe(c.quote()) + "”");
    }

    private void ruleCite(String id, RuleInfo r) {
        if (r.cite() == null) out.println("      " + id + ": citerar sina data / cites its data (" + safe(r.drlPackage()) + ")");
        else cite(id, r.cite());
    }

    /** A parameter's fields, each by its label, {@code "label: value; label: value"}. */
    static String fields(Labels.Words words, Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> {
            if (sb.length() > 0) sb.append("; ");
            sb.append(Labels.parameterField(k).text()).append(": ").append(words.fieldValue(k, v).text());
        });
        return sb.toString();
    }

    static String sign(Kind k) {
        return switch (k) {
            case ADDED -> "+";
            case REMOVED -> "−";
            case CHANGED -> "~";
        };
    }

    private static String list(List<String> l) { return l.isEmpty() ? "–" : String.join(", ", l); }
}
