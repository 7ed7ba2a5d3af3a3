package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "The document of a version sentence by sentence, from its clause register: each normative sentence with its status "
                + "(encoded, another body's duty, an aim of the programme, not decidable from the case, not encoded, not normative; "
                + "not reviewed: a sentence of a version adopted with new-version that no one has given a status yet) "
                + "and the parameters (source ids) and rules that encode it, and a count per status.",
        "Exit 0: shown; 2: an unknown version, or one without a register."})
final class CoverageCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the version (see `policy list`)")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default: wrapped to the terminal, 100 columns when not one), json (one document) or html (one page)")
    String format;

    @Mixin Output.Option output;

    @Override public Integer call() throws Exception {
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UserError("--format ska vara text, json eller html, inte / must be text, json or html, not " + Escape.text(format));
        }
        PolicyPackage p = Policies.resolve(PolicyEngine.create(), id);
        Register register = Register.of(p);
        if (register == null) {
            throw new UserError(Escape.text(p.id()) + ": versionen har inget klausulregister (register.json) / the version has no clause register (register.json)");
        }
        PrintWriter out = output.open(spec.commandLine().getOut());
        switch (format) {
            case "json" -> json(out, p.definition(), register);
            case "html" -> html(out, p.definition(), register);
            default -> text(TextLayout.wrapping(out), p.definition(), register);
        }
        out.flush();
        output.commit();
        return Main.OK;
    }

    private static String title(PolicyDefinition d) { return d.id() + " · " + d.title(); }

    static void text(PrintWriter out, PolicyDefinition d, Register r) {
        out.println("══ " + Escape.text(title(d)));
        out.println("   källa / source " + Escape.text(d.documentTitle()) + " (" + Escape.text(r.document()) + ") · " + r.entries().size() + " meningar / sentences");
        for (Map.Entry<Register.Status, Integer> c : r.counts().entrySet()) {
            out.println("   " + String.format("%3d", c.getValue()) + " " + c.getKey().sv + " / " + c.getKey().en);
        }
        String section = null;
        for (Register.Entry e : r.entries()) {
            if (!e.section().equals(section)) {
                section = e.section();
                out.println();
                out.println("── " + Escape.text(section) + " ──");
            }
            out.println("  [" + e.status().sv + " / " + e.status().en + "] ”" + Escape.text(e.quote()) + "”");
            if (!e.sources().isEmpty()) out.println("      källor / sources: " + Escape.text(String.join(", ", e.sources())));
            for (String rule : e.rules()) out.println("      regel / rule: \"" + Escape.text(rule) + "\"");
            if (e.noteSv() != null) out.println("      anm.: " + Escape.text(e.noteSv()));
            if (e.note() != null) out.println("      note: " + Escape.text(e.note()));
            if (e.document() != null) out.println("      dokument / document: " + Escape.text(e.document()));
        }
        out.flush();
    }

    private static void json(PrintWriter out, PolicyDefinition d, Register r) throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", d.id());
        doc.put("title", d.title());
        doc.put("document", r.document());
        doc.put("documentTitle", d.documentTitle());
        Map<String, Integer> counts = new LinkedHashMap<>();
        r.counts().forEach((s, n) -> counts.put(s.name(), n));
        doc.put("counts", counts);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Register.Entry e : r.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", e.section());
            m.put("quote", e.quote());
            m.put("status", e.status().name());
            m.put("sources", e.sources());
            m.put("rules", e.rules());
            if (e.noteSv() != null) m.put("noteSv", e.noteSv());
            if (e.note() != null) m.put("note", e.note());
            if (e.document() != null) m.put("document", e.document());
            entries.add(m);
        }
        doc.put("entries", entries);
        out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doc));
    }

    private static void html(PrintWriter out, PolicyDefinition d, Register r) {
        Html.start(out, "Täckning: " + title(d), "Coverage: " + title(d));
        out.println("<p class=\"meta\">" + Html.bi("källa", "source") + ": " + Html.esc(d.documentTitle()) + " <small><code>" + Html.esc(r.document()) + "</code></small> · "
                + r.entries().size() + " " + Html.bi("meningar", "sentences") + "</p>");
        out.println("<table><thead><tr><th>" + Html.bi("status", "status") + "</th><th class=\"num\">" + Html.bi("antal", "count") + "</th></tr></thead><tbody>");
        for (Map.Entry<Register.Status, Integer> c : r.counts().entrySet()) {
            out.println("<tr><th scope=\"row\">" + Html.bi(c.getKey().label()) + "</th><td class=\"num\">" + c.getValue() + "</td></tr>");
        }
        out.println("</tbody></table>");
        out.println("<table><thead><tr><th>" + Html.bi("avsnitt", "section") + "</th><th>" + Html.bi("mening", "sentence") + "</th><th>"
                + Html.bi("status", "status") + "</th><th>" + Html.bi("källor och regler", "sources and rules") + "</th></tr></thead><tbody>");
        for (Register.Entry e : r.entries()) {
            StringBuilder where = new StringBuilder();
            for (String s : e.sources()) where.append("<code>").append(Html.esc(s)).append("</code> ");
            for (String rule : e.rules()) where.append("<div class=\"rule\">").append(Html.esc(rule)).append("</div>");
            if (e.noteSv() != null || e.note() != null) {
                where.append("<div class=\"where\">").append(e.noteSv() != null && e.note() != null ? Html.bi(e.noteSv(), e.note())
                        : Html.esc(e.noteSv() != null ? e.noteSv() : e.note())).append("</div>");
            }
            out.println("<tr class=\"" + e.status().name().toLowerCase(java.util.Locale.ROOT) + "\"><td>" + Html.esc(e.section()) + "</td><td><q>"
                    + Html.esc(e.quote()) + "</q></td><td>" + Html.bi(e.status().label()) + "</td><td>" + where + "</td></tr>");
        }
        out.println("</tbody></table>");
        Html.end(out);
    }
}
