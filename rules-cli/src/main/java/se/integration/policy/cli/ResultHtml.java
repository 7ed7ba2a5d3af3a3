package se.integration.policy.cli;

import static se.integration.policy.cli.Html.bi;
import static se.integration.policy.cli.Html.esc;

import java.io.PrintWriter;
import java.util.List;
import se.integration.policy.core.result.Basis;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;

/** {@code policy evaluate --format html}: one self-contained page, a section per result, every outcome cited. */
final class ResultHtml {
    private final PrintWriter out;
    private final Labels.Words words;
    private long index;

    /** With the labels of the packages whose results it shows. */
    ResultHtml(PrintWriter out, Labels.Words words) {
        this.out = out;
        this.words = words;
    }

    /** A code by its label, the code beside it. */
    private String code(String code) {
        Labels.Label l = words.label(code);
        return l == null ? esc(code) : (l.sv().equals(l.en()) ? esc(l.sv()) : bi(l)) + " <code class=\"code\">" + esc(code) + "</code>";
    }

    private String codes(List<String> codes) {
        return codes.isEmpty() ? "–" : String.join(", ", codes.stream().map(this::code).toList());
    }

    void start() { Html.start(out, "Bedömning", "Judgement"); }

    void end() {
        Html.end(out);
        out.flush();
    }

    void print(Result r, String where) {
        index++;
        out.println("<section class=\"case result\" id=\"case-" + index + "\">");
        out.println("<h2>" + esc(r.caseId() == null ? "(utan ärendenummer / no case id)" : r.caseId()) + " · <code>" + esc(r.policy().id()) + "</code>"
                + (Boolean.TRUE.equals(r.policy().draft()) ? " <span class=\"draft\">" + bi("utkast", "draft") + "</span>" : "") + "</h2>");
        out.println("<p class=\"where\">" + esc(where) + " · " + esc(r.policy().title()) + " · " + bi("bedömd", "judged on") + " " + esc(r.asOf())
                + " · " + bi("källa", "source") + " <span class=\"doc\" title=\"" + esc(r.policy().source()) + "\">" + esc(r.policy().sourceName()) + "</span></p>");
        out.println("<table class=\"overview\"><tbody>");
        row(Labels.field("eligible"), CompareHtml.valueHtml(String.valueOf(r.eligible())));
        row(Labels.field("complete"), CompareHtml.valueHtml(String.valueOf(r.complete())));
        if (r.decision() != null) {
            var d = r.decision();
            if (d.authority() != null) row(Labels.field("decision.authority"), code(d.authority()) + basis(d.basis(), "authority"));
            if (!d.consultations().isEmpty()) row(Labels.field("decision.consultations"), codes(d.consultations()) + basis(d.basis(), "consultations"));
            if (d.preparedBy() != null) row(Labels.field("decision.preparedBy"), code(d.preparedBy()) + basis(d.basis(), "preparedBy"));
            if (d.meetingWithApplicant() != null) {
                row(Labels.field("decision.meetingWithApplicant"), CompareHtml.valueHtml(String.valueOf(d.meetingWithApplicant())) + basis(d.basis(), "meetingWithApplicant"));
            }
        }
        if (r.priority() != null) {
            row(new Labels.Label("prioriterade områden", "priority areas"), codes(r.priority().areas()));
            row(new Labels.Label("prioritetsfaktorer", "priority factors"), codes(r.priority().factors()) + basis(r.priority().basis(), "factors"));
        }
        if (r.repayment() != null) {
            var rp = r.repayment();
            row(Labels.field("repayment"), (rp.mayBeRequired() ? bi("kan bli aktuell", "may be required") : bi("nej", "no"))
                    + (rp.grounds().isEmpty() ? "" : " · " + String.join("; ", rp.grounds().stream().map(this::code).toList()))
                    + (rp.amount() == null ? "" : " · <span class=\"amount\">" + esc(Labels.kronor(rp.amount())) + "</span>") + basis(rp.basis(), "grounds"));
        }
        out.println("</tbody></table>");
        out.println("<h3>" + bi("Iakttagelser", "Findings") + " (" + r.findings().size() + ")</h3>");
        if (!r.findings().isEmpty()) {
            out.println("<table class=\"findings\"><thead><tr><th>" + bi("Allvar", "Severity") + "</th><th>" + bi("Kod", "Code")
                    + "</th><th>" + bi("Meddelande och källa", "Message and source") + "</th></tr></thead><tbody>");
            for (Finding f : r.findings()) {
                out.println("<tr class=\"" + esc(f.severity().name().toLowerCase(java.util.Locale.ROOT)) + "\"><td>" + bi(Labels.Words.severity(f.severity().name()))
                        + "</td><td><code>"
                        + esc(f.code() + (f.subject() == null ? "" : " " + f.subject())) + "</code></td><td>" + Html.message(f.message())
                        + Html.cite(f.rule(), f.source()) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        out.println("<h3>" + bi("Skyldigheter", "Obligations") + " (" + r.obligations().size() + ")</h3>");
        if (!r.obligations().isEmpty()) {
            out.println("<table class=\"obligations\"><thead><tr><th>" + bi("Status", "Status") + "</th><th>" + bi("Kod", "Code") + "</th><th>"
                    + bi("Senast", "Due") + "</th><th>" + bi("Meddelande och källa", "Message and source") + "</th></tr></thead><tbody>");
            for (Obligation o : r.obligations()) {
                out.println("<tr class=\"" + esc(o.status().name().toLowerCase(java.util.Locale.ROOT)) + "\"><td>" + bi(words.status(o.status().name()))
                        + "</td><td><code>" + esc(o.code() + (o.subject() == null ? "" : " " + o.subject()))
                        + "</code></td><td>" + (o.due() == null ? bi("ingen sista dag", "no due day") : esc(o.due())) + (o.period() == null ? "" : "<br><span class=\"meta\">"
                        + esc((o.period().from() == null ? "" : o.period().from()) + "–" + (o.period().to() == null ? "" : o.period().to())) + "</span>")
                        + "</td><td>" + Html.message(o.message()) + Html.cite(o.rule(), o.source()) + "</td></tr>");
            }
            out.println("</tbody></table>");
        }
        out.println("</section>");
    }

    private void row(Labels.Label label, String html) {
        out.println("<tr><th scope=\"row\">" + bi(label) + "</th><td>" + html + "</td></tr>");
    }

    private static String basis(List<Basis> basis, String field) {
        StringBuilder sb = new StringBuilder();
        for (Basis b : basis) {
            if (!b.field().equals(field)) continue;
            sb.append(Html.cite(b.rule(), b.source()));
        }
        return sb.toString();
    }
}
