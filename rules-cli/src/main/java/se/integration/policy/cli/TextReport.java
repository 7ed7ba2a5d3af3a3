package se.integration.policy.cli;

import static se.integration.policy.cli.Labels.safe;

import java.io.PrintWriter;
import java.util.List;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.core.result.Source;

/**
 * A result for a person reading a terminal: Swedish first, English beside it, every outcome with its
 * citation; codes by their labels (the code beside where it names a finding or an obligation), text
 * from the case with its control characters escaped.
 */
final class TextReport {
    private final PrintWriter out;
    private final Labels.Words words;

    /** With the labels of the packages whose results it shows. */
    TextReport(PrintWriter out, Labels.Words words) {
        this.out = out;
        this.words = words;
    }

    static String yesNo(boolean b) { return b ? "ja / yes" : "nej / no"; }

    void print(Result r) {
        Labels.Words w = words;
        out.println("══ " + (r.caseId() == null ? "(utan ärendenummer / no case id)" : safe(r.caseId()))
                + " ── " + r.policy().id() + (Boolean.TRUE.equals(r.policy().draft()) ? " (utkast / draft)" : "") + " · " + safe(r.policy().title()));
        out.println("   bedömd / judged on " + r.asOf() + " · källa / source " + safe(r.policy().sourceName()));
        out.println("   stödberättigad / eligible: " + yesNo(r.eligible()) + "    komplett / complete: " + yesNo(r.complete()));
        if (r.decision() != null) {
            var d = r.decision();
            out.println("   beslut / decision: " + (d.authority() == null ? "–" : w.show(d.authority()))
                    + (d.consultations().isEmpty() ? "" : " · samråd / consulted: " + String.join(", ", d.consultations().stream().map(w::show).toList()))
                    + (d.preparedBy() == null ? "" : " · beredning / prepared by: " + w.show(d.preparedBy()))
                    + (d.meetingWithApplicant() == null ? "" : " · möte med sökande / meets applicant: " + yesNo(d.meetingWithApplicant())));
        }
        if (r.priority() != null) {
            out.println("   prioritet / priority: områden / areas " + list(w, r.priority().areas()) + " · faktorer / factors " + list(w, r.priority().factors()));
        }
        if (r.repayment() != null) {
            var rp = r.repayment();
            out.println("   återbetalning / repayment: " + (rp.mayBeRequired() ? "kan bli aktuell / may be required" : "nej / no")
                    + (rp.grounds().isEmpty() ? "" : " · " + String.join("; ", rp.grounds().stream().map(w::show).toList()))
                    + (rp.amount() == null ? "" : " · " + Labels.kronor(rp.amount())));
        }
        out.println("   iakttagelser / findings (" + r.findings().size() + "):");
        for (Finding f : r.findings()) {
            out.println("     " + pad(Labels.Words.severity(f.severity().name()).text(), 26) + safe(f.code()) + (f.subject() == null ? "" : " " + safe(f.subject())));
            out.println("            sv: " + safe(f.message().sv()));
            out.println("            en: " + safe(f.message().en()));
            cite(f.rule(), f.source());
        }
        out.println("   skyldigheter / obligations (" + r.obligations().size() + "):");
        for (Obligation o : r.obligations()) {
            out.println("     " + pad(w.status(o.status().name()).text(), 26) + safe(o.code()) + (o.subject() == null ? "" : " " + safe(o.subject()))
                    + (o.due() == null ? "  ingen sista dag / no due day" : "  senast / due " + o.due())
                    + (o.period() == null ? "" : "  period " + nz(o.period().from()) + "–" + nz(o.period().to())));
            out.println("            sv: " + safe(o.message().sv()));
            out.println("            en: " + safe(o.message().en()));
            cite(o.rule(), o.source());
        }
        out.println();
    }

    private void cite(String rule, Source s) {
        out.println("            regel / rule: " + safe(rule));
        out.println("            källa / source: " + safe(s.title() != null ? s.title() : s.document()) + " › " + safe(s.section()) + " › ”" + safe(s.quote()) + "”");
    }

    private static String list(Labels.Words w, List<String> l) { return l.isEmpty() ? "–" : String.join(", ", l.stream().map(w::show).toList()); }

    private static String nz(Object o) { return o == null ? "–" : o.toString(); }

    private static String pad(String s, int n) { return s.length() >= n ? s + " " : s + " ".repeat(n - s.length()); }
}
