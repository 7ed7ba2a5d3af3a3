package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;
import se.integration.policy.core.result.Source;

/** A result for a person reading a terminal: Swedish first, English beside it, every outcome with its citation. */
final class TextReport {
    private final PrintWriter out;

    TextReport(PrintWriter out) { this.out = out; }

    static String yesNo(boolean b) { return b ? "ja / yes" : "nej / no"; }

    void print(Result r) {
        out.println("══ " + (r.caseId() == null ? "(utan ärendenummer / no case id)" : r.caseId())
                + " ── " + r.policy().id() + " · " + r.policy().title());
        out.println("   bedömd / judged on " + r.asOf() + " · källa / source " + r.policy().source());
        out.println("   stödberättigad / eligible: " + yesNo(r.eligible()) + "    komplett / complete: " + yesNo(r.complete()));
        if (r.decision() != null) {
            var d = r.decision();
            out.println("   beslut / decision: " + nz(d.authority())
                    + (d.consultations().isEmpty() ? "" : " · samråd / consulted: " + String.join(", ", d.consultations()))
                    + (d.preparedBy() == null ? "" : " · beredning / prepared by: " + d.preparedBy())
                    + (d.meetingWithApplicant() == null ? "" : " · möte med sökande / meets applicant: " + yesNo(d.meetingWithApplicant())));
        }
        if (r.priority() != null) {
            out.println("   prioritet / priority: områden / areas " + list(r.priority().areas()) + " · faktorer / factors " + list(r.priority().factors()));
        }
        if (r.repayment() != null) {
            var rp = r.repayment();
            out.println("   återbetalning / repayment: " + (rp.mayBeRequired() ? "kan bli aktuell / may be required" : "nej / no")
                    + (rp.grounds().isEmpty() ? "" : " · " + String.join(", ", rp.grounds()))
                    + (rp.amount() == null ? "" : " · " + rp.amount() + " kr"));
        }
        out.println("   fynd / findings (" + r.findings().size() + "):");
        for (Finding f : r.findings()) {
            out.println("     " + pad(f.severity().name(), 7) + f.code() + (f.subject() == null ? "" : " " + f.subject()));
            out.println("            sv: " + f.message().sv());
            out.println("            en: " + f.message().en());
            cite(f.rule(), f.source());
        }
        out.println("   skyldigheter / obligations (" + r.obligations().size() + "):");
        for (Obligation o : r.obligations()) {
            out.println("     " + pad(o.status().name(), 9) + o.code() + (o.subject() == null ? "" : " " + o.subject())
                    + (o.due() == null ? "" : "  senast / due " + o.due())
                    + (o.period() == null ? "" : "  period " + nz(o.period().from()) + "–" + nz(o.period().to())));
            out.println("            sv: " + o.message().sv());
            out.println("            en: " + o.message().en());
            cite(o.rule(), o.source());
        }
        out.println();
    }

    private void cite(String rule, Source s) {
        out.println("            regel / rule: " + rule);
        out.println("            källa / source: " + s.document() + " › " + s.section() + " › ”" + s.quote() + "”");
    }

    private static String list(List<String> l) { return l.isEmpty() ? "–" : String.join(", ", l); }

    private static String nz(Object o) { return o == null ? "–" : o.toString(); }

    private static String pad(String s, int n) { return s.length() >= n ? s + " " : s + " ".repeat(n - s.length()); }
}
