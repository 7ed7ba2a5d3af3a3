package se.integration.policy.cli;

import static se.integration.policy.cli.Html.bi;
import static se.integration.policy.cli.Html.esc;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.PolicyDiff.*;
import se.integration.policy.core.result.PolicyRef;

/**
 * {@code policy diff --format html}: the diff as one self-contained page, a table per topic with the
 * parameters and the packages' own rules that changed, both sides cited; codes shown by their labels
 * with the code beside them.
 */
final class DiffHtml {
    private final PrintWriter out;
    private final Labels.Words words;

    DiffHtml(PrintWriter out, Labels.Words words) {
        this.out = out;
        this.words = words;
    }

    void print(PolicyDiff d) {
        Html.start(out, "Skillnader mellan versioner", "Differences between versions");
        out.println("<p><code>" + esc(d.from().id()) + "</code> → <code>" + esc(d.to().id()) + "</code></p>");
        out.println("<table class=\"versions\"><thead><tr><th>" + bi("Version", "Version") + "</th><th>" + bi("Dokument", "Document")
                + "</th><th>" + bi("Källa", "Source") + "</th><th>" + bi("Gäller", "In force") + "</th></tr></thead><tbody>");
        version(d.from());
        version(d.to());
        out.println("</tbody></table>");
        for (String w : d.warnings()) out.println("<p class=\"warning\">" + bi("Varning", "Warning") + ": " + esc(w) + "</p>");
        if (d.isEmpty()) out.println("<p>" + bi("Inga skillnader", "No differences") + "</p>");

        if (!d.metadata().isEmpty()) {
            out.println("<h2>" + bi("Giltighet och dokument", "Validity and document") + "</h2>");
            out.println("<table class=\"metadata\"><thead><tr><th>" + bi("Fält", "Field") + "</th><th><code>" + esc(d.from().id())
                    + "</code></th><th><code>" + esc(d.to().id()) + "</code></th></tr></thead><tbody>");
            for (FieldChange f : d.metadata()) {
                out.println("<tr class=\"differs changed\" data-field=\"" + esc(f.field()) + "\"><th scope=\"row\">" + bi(Labels.parameterField(f.field()))
                        + "</th><td>" + words.metadataValue(f.field(), f.from()).html() + "</td><td>" + words.metadataValue(f.field(), f.to()).html() + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        for (Topic t : Topic.values()) {
            List<Change> changes = d.parameters(t);
            List<RuleChange> rules = d.rules(t);
            if (changes.isEmpty() && rules.isEmpty()) continue;
            out.println("<h2>" + bi(Labels.topic(t)) + "</h2>");
            out.println("<table class=\"changes\" data-topic=\"" + esc(t) + "\"><thead><tr><th>" + bi("Vad", "What") + "</th><th>"
                    + bi("Ändring", "Change") + "</th><th><code>" + esc(d.from().id()) + "</code></th><th><code>" + esc(d.to().id())
                    + "</code></th></tr></thead><tbody>");
            for (Change c : changes) change(c);
            for (RuleChange r : rules) {
                out.println("<tr class=\"differs rule-change " + cls(r.kind()) + "\" data-rule=\"" + esc(r.name()) + "\"><th scope=\"row\">" + esc(r.name())
                        + "<br><span class=\"meta\">" + bi("regel", "rule") + "</span></th><td>" + kind(r.kind()) + "</td><td>" + rule(r.from())
                        + "</td><td>" + rule(r.to()) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        if (d.unchangedParameters() > 0) {
            out.println("<p class=\"meta\">" + d.unchangedParameters() + " " + bi("parametrar oförändrade, med samma värden och samma ord",
                    "parameters unchanged, with the same values and the same words") + "</p>");
        }
        out.println("<h2>" + bi("Paketens egna regler", "The packages' own rules") + "</h2>");
        out.println("<p>" + (d.rules().isEmpty() ? bi("Inga ändrade regler", "No rules changed")
                : d.rules().size() + " " + bi("ändrade, under sitt ämne ovan", "changed, under their topic above")) + "</p>");
        if (!d.keptRules().isEmpty()) {
            out.println("<table class=\"rules\"><thead><tr><th>" + bi("Regel", "Rule") + "</th><th>" + bi("Ändring", "Change") + "</th></tr></thead><tbody>");
            for (String n : d.keptRules()) {
                out.println("<tr class=\"kept\"><th scope=\"row\">" + esc(n) + "</th><td>" + bi("i båda, samma ord", "in both, the same words") + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        SharedRules s = d.sharedRules();
        out.println("<h2>" + bi("Gemensamma regeluppsättningar i kärnan", "Shared rule sets of the core") + "</h2>");
        out.println("<p><code>" + esc(d.from().id()) + "</code>: " + esc(String.join(", ", s.from())) + "<br><code>" + esc(d.to().id()) + "</code>: "
                + esc(String.join(", ", s.to())) + "</p>");
        if (!s.onlyFrom().isEmpty() || !s.onlyTo().isEmpty()) {
            out.println("<ul class=\"shared-rules\">");
            if (!s.onlyFrom().isEmpty()) {
                out.println("<li class=\"removed\">− " + bi("bara", "only") + " <code>" + esc(d.from().id()) + "</code>: " + esc(String.join(", ", s.onlyFrom())) + "</li>");
            }
            if (!s.onlyTo().isEmpty()) {
                out.println("<li class=\"added\">+ " + bi("bara", "only") + " <code>" + esc(d.to().id()) + "</code>: " + esc(String.join(", ", s.onlyTo())) + "</li>");
            }
            out.println("</ul>");
        }
        if (!d.assumptions().isEmpty()) {
            out.println("<h2>" + bi("Antaganden", "Assumptions") + "</h2>");
            out.println("<table class=\"assumptions\"><thead><tr><th>id</th><th>" + bi("Ändring", "Change") + "</th><th><code>" + esc(d.from().id())
                    + "</code></th><th><code>" + esc(d.to().id()) + "</code></th></tr></thead><tbody>");
            for (AssumptionChange a : d.assumptions()) {
                out.println("<tr class=\"differs " + cls(a.kind()) + "\"><th scope=\"row\"><code>" + esc(a.id()) + "</code></th><td>" + kind(a.kind())
                        + "</td><td>" + (a.from() == null ? "–" : esc(a.from().assumption())) + "</td><td>"
                        + (a.to() == null ? "–" : esc(a.to().assumption())) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        Html.end(out);
        out.flush();
    }

    private void version(PolicyRef r) {
        out.println("<tr><th scope=\"row\"><code>" + esc(r.id()) + "</code>" + (Boolean.TRUE.equals(r.draft()) ? " " + bi("utkast", "draft") : "") + "</th><td>" + esc(r.title()) + "</td><td><span class=\"doc\" title=\"" + esc(r.source()) + "\">" + esc(r.sourceName()) + "</span>"
                + "</td><td>" + esc(r.validFrom()) + " – " + esc(r.validTo() == null ? "" : r.validTo()) + "</td></tr>");
    }

    private void change(Change c) {
        StringBuilder what = new StringBuilder();
        if (c.kind() == Kind.CHANGED) {
            for (String f : c.changed()) {
                if (f.equals(PolicyDiff.WORDING)) {
                    what.append("<div class=\"wording\">").append(bi(Labels.parameterField(f))).append(": ")
                            .append(bi("samma värden, andra ord i dokumentet", "the same values, other words in the document")).append("</div>");
                    continue;
                }
                String meaning = Labels.meaning(f, c.before(f), c.after(f));
                what.append("<div>").append(bi(Labels.parameterField(f))).append(": ").append(value(f, c.from().get(f)))
                        .append(" → <strong>").append(value(f, c.to().get(f))).append("</strong>")
                        .append(meaning == null ? "" : " <em>(" + esc(meaning) + ")</em>").append("</div>");
            }
        } else {
            what.append(fields(c.kind() == Kind.ADDED ? c.to() : c.from()));
        }
        Labels.Label named = words.parameter(c.type(), c.identity());
        out.println("<tr class=\"differs " + cls(c.kind()) + "\" data-type=\"" + esc(c.type()) + "\" data-identity=\"" + esc(c.identity()) + "\""
                + (c.changed().equals(List.of(PolicyDiff.WORDING)) ? " data-wording=\"true\"" : "") + ">"
                + "<th scope=\"row\">" + bi(named) + "<br><code class=\"code\">" + esc(c.type()) + " " + esc(c.identity()) + "</code></th>"
                + "<td>" + kind(c.kind()) + what + "</td><td>" + cite(c.fromCite()) + "</td><td>" + cite(c.toCite()) + "</td></tr>");
    }

    /** A field's value by its label, the code beside it. */
    private String value(String field, Object n) {
        Labels.Phrase p = words.fieldValue(field, n);
        return p.html() + (p.labelled() && n instanceof String text ? " <code class=\"code\">" + esc(text) + "</code>" : "");
    }

    private String fields(Map<String, Object> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append("<div>").append(bi(Labels.parameterField(k))).append(": ").append(value(k, v)).append("</div>"));
        return sb.toString();
    }

    private static String cite(Cited c) {
        if (c == null) return "<span class=\"absent\">–</span>";
        return "<div class=\"cite\">" + esc(c.section()) + " › <q>" + esc(c.quote()) + "</q></div>";
    }

    private static String rule(RuleInfo r) {
        if (r == null) return "<span class=\"absent\">–</span>";
        return r.cite() == null ? "<div class=\"cite\">" + bi("citerar sina data", "cites its data") + "</div>" : cite(r.cite());
    }

    private static String kind(Kind k) {
        return "<span class=\"mark " + cls(k) + "\">" + DiffText.sign(k) + "</span> " + bi(Labels.kindLabel(k)) + " ";
    }

    private static String cls(Kind k) { return k.name().toLowerCase(java.util.Locale.ROOT); }
}
