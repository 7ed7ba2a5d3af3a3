package se.integration.policy.cli;

import static se.integration.policy.cli.Html.bi;
import static se.integration.policy.cli.Html.esc;

import java.io.PrintWriter;
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
 * {@code policy compare --format html}: one self-contained page, the impact summary on top (for more
 * than one case), then a table per case with a column per version; rows that differ have the class
 * {@code differs} and a ≠ mark, and every value shows its rule and the passage it cites.
 */
final class CompareHtml implements CompareReport {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Labels.Words words;

    CompareHtml(Labels.Words words) { this.words = words; }

    @Override public void writeHead(PrintWriter out, List<PolicyDefinition> policies, ImpactSummary s, long invalid) {
        Html.start(out, "Jämförelse av versioner", "Comparison of versions");
        out.println("<table class=\"versions\"><thead><tr><th>" + bi("Version", "Version") + "</th><th>" + bi("Dokument", "Document")
                + "</th><th>" + bi("Källa", "Source") + "</th><th>" + bi("Gäller", "In force") + "</th></tr></thead><tbody>");
        for (PolicyDefinition d : policies) {
            out.println("<tr><th scope=\"row\"><code>" + esc(d.id()) + "</code>" + (d.draft() ? " " + bi("utkast", "draft") : "") + "</th><td>" + esc(d.title()) + "</td><td><span class=\"doc\" title=\"" + esc(d.source()) + "\">" + esc(d.documentTitle()) + "</span>"
                    + "</td><td>" + esc(d.validFrom()) + " – " + esc(d.validTo() == null ? "" : d.validTo()) + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("<p class=\"legend\"><span class=\"mark\">≠</span> " + bi("markerar en rad där versionerna skiljer sig",
                "marks a row where the versions differ") + "</p>");
        if (s.cases() + invalid > 1 || invalid > 0) summary(out, s, invalid);
        out.println("<h2>" + bi("Ärenden", "Cases") + "</h2>");
    }

    private void summary(PrintWriter out, ImpactSummary s, long invalid) {
        out.println("<section class=\"summary\" id=\"summary\">");
        out.println("<h2>" + bi("Sammanfattning av påverkan", "Impact summary") + "</h2>");
        out.println("<p>" + bi("Ärenden", "Cases") + ": <strong class=\"cases\">" + s.cases() + "</strong>"
                + (invalid > 0 ? " · " + bi("ogiltiga, ej jämförda", "invalid, not compared") + ": <strong class=\"invalid\">" + invalid + "</strong>" : "")
                + " · " + bi("med skillnader", "with differences") + ": <strong class=\"with-differences\">" + s.casesWithDifferences() + "</strong></p>");
        if (s.cases() == 0) {
            out.println("</section>");
            return;
        }
        for (ImpactSummary.Step step : s.steps()) {
            out.println("<h3 class=\"step\"><code>" + esc(step.from()) + "</code> → <code>" + esc(step.to()) + "</code>: <span class=\"cases-changed\">"
                    + step.casesChanged() + "</span> " + bi("av " + s.cases() + " ärenden ändras", "of " + s.cases() + " cases change") + "</h3>");
            out.println("<table class=\"impact\"><thead><tr><th>" + bi("Fält", "Field") + "</th><th>" + bi("Ändring", "Change")
                    + "</th><th class=\"num\">" + bi("Ärenden", "Cases") + "</th></tr></thead><tbody>");
            for (Map.Entry<String, ImpactSummary.FieldImpact> e : step.fields().entrySet()) {
                ImpactSummary.FieldImpact f = e.getValue();
                String label = bi(Labels.field(e.getKey()));
                out.println("<tr class=\"field-total\" data-field=\"" + esc(e.getKey()) + "\"><th scope=\"row\">" + label + "</th><td>"
                        + bi("ärenden där fältet ändras", "cases where the field changes") + "</td><td class=\"num\">" + f.cases() + "</td></tr>");
                String field = e.getKey();
                impactRows(out, label, "changed", "", f.transitions(), k -> transition(field, k));
                impactRows(out, label, "added", "+ " + bi("tillkommer", "appears") + ": ", f.appeared(), k -> summaryKey(field, k));
                impactRows(out, label, "removed", "− " + bi("försvinner", "disappears") + ": ", f.disappeared(), k -> summaryKey(field, k));
                impactRows(out, label, "changed", "~ " + bi("ändras", "changes") + ": ", f.changed(),
                        k -> CompareReport.keyChange(k, key -> summaryKey(field, key), v -> side(field, v), Html::esc));
            }
            out.println("</tbody></table>");
        }
        List<String> ids = s.policies();
        out.println("<h3>" + bi("Per version, alla ärenden", "Per version, all cases") + "</h3>");
        out.print("<table class=\"per-policy\"><thead><tr><th>" + bi("Utfall", "Outcome") + "</th>");
        for (String id : ids) out.print("<th><code>" + esc(id) + "</code></th>");
        out.println("</tr></thead><tbody>");
        perPolicyRow(out, "eligible", Labels.field(Row.ELIGIBLE), null, ids.stream().map(id -> s.perPolicy().get(id).eligible()).toList());
        perPolicyRow(out, "complete", Labels.field(Row.COMPLETE), null, ids.stream().map(id -> s.perPolicy().get(id).complete()).toList());
        perPolicyRow(out, "not-in-force", new Labels.Label("gällde inte på dagen", "not in force on the day"), null,
                ids.stream().map(id -> s.perPolicy().get(id).notInForce()).toList());
        Set<String> authorities = new LinkedHashSet<>();
        for (String id : ids) authorities.addAll(s.perPolicy().get(id).authorities().keySet());
        for (String a : authorities) {
            perPolicyRow(out, "authority", Labels.field(Row.AUTHORITY), side(Row.AUTHORITY, a),
                    ids.stream().map(id -> s.perPolicy().get(id).authorities().getOrDefault(a, 0L)).toList());
        }
        Set<String> findings = new LinkedHashSet<>();
        for (String id : ids) findings.addAll(s.perPolicy().get(id).findings().keySet());
        for (String f : findings) {
            perPolicyRow(out, "finding", Labels.field(Row.FINDINGS), finding(f),
                    ids.stream().map(id -> s.perPolicy().get(id).findings().getOrDefault(f, 0L)).toList());
        }
        out.println("</tbody></table>");
        out.println("</section>");
    }

    private static void perPolicyRow(PrintWriter out, String cls, Labels.Label label, String keyHtml, List<Long> counts) {
        out.print("<tr class=\"" + cls + "\"><th scope=\"row\">" + bi(label) + (keyHtml == null ? "" : ": " + keyHtml) + "</th>");
        for (Long n : counts) out.print("<td class=\"num\">" + n + "</td>");
        out.println("</tr>");
    }

    private static void impactRows(PrintWriter out, String label, String cls, String prefix, Map<String, Long> m, Function<String, String> html) {
        for (Map.Entry<String, Long> e : m.entrySet()) {
            out.println("<tr class=\"" + cls + "\" data-key=\"" + esc(e.getKey()) + "\"><th scope=\"row\">" + label + "</th><td>" + prefix
                    + html.apply(e.getKey()) + "</td><td class=\"num\">" + e.getValue() + "</td></tr>");
        }
    }

    /** The fields whose values are codes of the package (authorities, officials, parties, areas), shown with the code beside the label. */
    private static final Set<String> CODED = Set.of(Row.AUTHORITY, Row.PREPARED_BY, Row.CONSULTATIONS, Row.PRIORITY);

    /** A value of a field by its label, with its code beside it where it is one of the package's. */
    private String side(String field, String v) {
        if (v.equals(ImpactSummary.ABSENT)) return esc(v);
        Labels.Phrase p = words.value(field, v);
        boolean code = p.labelled() && CODED.contains(field) && CODE.matcher(v).matches();
        return p.html() + (code ? " <code class=\"code\">" + esc(v) + "</code>" : "");
    }

    private String transition(String field, String t) { return CompareReport.transition(t, v -> side(field, v), Html::esc); }

    /** A row's key: a party or factor by its label with the code beside it, an obligation by its label (the code in brackets), a finding as its code (its cells show the message). */
    private String key(String field, String k) {
        Labels.Phrase p = words.key(field, k);
        if (!p.labelled()) return "<code>" + esc(k) + "</code>";
        if (field.equals(Row.OBLIGATIONS)) return p.html();
        return p.html() + " <code class=\"code\">" + esc(k) + "</code>";
    }

    /** A key in the impact summary, where no cell shows a finding's message: a finding by its message, the code beside it. */
    private String summaryKey(String field, String k) { return field.equals(Row.FINDINGS) ? finding(k) : key(field, k); }

    /** A finding's key by its message, with the code beside it (the code alone where the message needs more than the subject). */
    private String finding(String k) {
        Labels.Label l = words.finding(k);
        return (l == null ? "" : bi(l) + " ") + "<code class=\"code\">" + esc(k) + "</code>";
    }

    @Override public void writeCase(PrintWriter out, Comparison c, String where, long index) {
        out.println("<section class=\"case" + (c.differs() ? " has-differences" : "") + "\" id=\"case-" + index + "\">");
        out.println("<h2>" + esc(c.caseId() == null ? "(utan ärendenummer / no case id)" : c.caseId())
                + (c.title() == null ? "" : " · <span class=\"title\">" + esc(c.title()) + "</span>") + "</h2>");
        out.println("<p class=\"where\">" + esc(where) + " · " + words.value("kind", c.kind()).html()
                + (c.differs() ? " · " + c.differences().size() + " " + bi("skillnader", "differences") : " · " + bi("inga skillnader", "no differences"))
                + "</p>");
        if (c.rows().isEmpty()) {
            out.println("</section>");
            return;
        }
        out.print("<table class=\"comparison\"><thead><tr><th>" + bi("Fält", "Field") + "</th>");
        for (String p : c.policies()) out.print("<th><code>" + esc(p) + "</code></th>");
        out.println("</tr></thead><tbody>");
        List<String> above = new java.util.ArrayList<>();
        for (Row r : c.rows()) {
            out.print("<tr" + (r.differs() ? " class=\"differs\"" : "") + " data-field=\"" + esc(r.field()) + "\"" + (r.keyed() ? " data-key=\"" + esc(r.key()) + "\"" : "") + ">");
            out.print("<th scope=\"row\">" + (r.differs() ? "<span class=\"mark\" title=\"skiljer sig / differs\">≠</span> " : "")
                    + bi(Labels.field(r.field())) + (r.keyed() ? ": " + key(r.field(), r.key()) : "") + "</th>");
            for (int i = 0; i < r.values().size(); i++) {
                Cell cell = r.values().get(i);
                out.print("<td>");
                String cite = null;
                if (!cell.present()) out.print("<span class=\"absent\">–</span>");
                else {
                    out.print("<span class=\"value\">" + side(r.field(), cell.value()) + "</span>");
                    out.print(Html.message(cell.message()));
                    cite = Html.cite(cell.rule(), cell.source());
                    // the parties consulted under one sentence are rows of their own: the sentence is shown once
                    boolean same = !cite.isEmpty() && i < above.size() && cite.equals(above.get(i));
                    out.print(same ? "<div class=\"cite same\">" + bi("samma regel och källa som ovan", "the same rule and source as above") + "</div>" : cite);
                }
                out.print("</td>");
                if (i < above.size()) above.set(i, cite);
                else above.add(cite);
            }
            out.println("</tr>");
        }
        out.println("</tbody></table>");
        out.println("</section>");
    }

    static String valueHtml(String v) {
        if (v.startsWith("true: ")) return bi("ja", "yes") + ": " + esc(v.substring(6));
        return switch (v) {
            case "true" -> bi("ja", "yes");
            case "false" -> bi("nej", "no");
            default -> esc(v);
        };
    }

    @Override public void writeTail(PrintWriter out) { Html.end(out); }
}
