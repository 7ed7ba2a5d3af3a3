package se.integration.policy.cli;

import java.io.PrintWriter;
import se.integration.policy.core.result.Message;
import se.integration.policy.core.result.Source;

/**
 * One self-contained HTML page: no scripts, no external styles, fonts or images; readable on screen and
 * printed. Swedish first ({@code lang="sv"}), English beside it ({@code lang="en"}). Everything taken
 * from cases or packages is escaped with {@link #esc}.
 */
final class Html {
    private Html() {}

    static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5b5b5b; --line: #c9c9c9; --differs: #fff1c2; --differs-edge: #b07d00; --head: #eef1f5; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink);
                   margin: 1.5rem auto; max-width: 82rem; padding: 0 1rem; line-height: 1.4; font-size: 15px; }
            h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .4rem; }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
            .en { color: var(--muted); font-weight: normal; }
            .meta, .where { color: var(--muted); font-size: .9rem; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
            th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
            thead th { background: var(--head); }
            th[scope=row] { font-weight: 600; width: 22%; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; width: 7rem; }
            tr.differs > * { background: var(--differs); }
            tr.differs > th[scope=row] { border-left: 4px solid var(--differs-edge); }
            .mark { font-weight: bold; color: var(--differs-edge); }
            .value { font-weight: 600; }
            .absent { color: var(--muted); }
            .msg { margin-top: .15rem; }
            .cite { margin-top: .2rem; font-size: .82rem; color: var(--muted); }
            .cite q { font-style: italic; }
            .cite.same { font-style: italic; }
            .rule { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .78rem; }
            .legend { border: 1px solid var(--line); padding: .4rem .6rem; display: inline-block; margin: .4rem 0; }
            .added { color: #1d6b2f; } .removed { color: #9b1c1c; } .changed { color: #7a5200; }
            .warning { border: 2px solid #9b1c1c; padding: .4rem .6rem; }
            section.case { margin-top: 1.5rem; }
            code.code { color: var(--muted); font-size: .78em; }
            code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
            @media print {
              /* compact: a comparison of four cases is a few pages, not thirty (small type, tight cells, short headings) */
              body { font-size: 8pt; line-height: 1.25; max-width: none; margin: 0; padding: 0; color: #000; }
              h1 { font-size: 12pt; } h2 { font-size: 10pt; margin: .8rem 0 .2rem; } h3 { font-size: 9pt; margin: .6rem 0 .2rem; }
              table { margin: .2rem 0 .5rem; }
              th, td { padding: .1rem .3rem; }
              th[scope=row] { width: 16%; }
              .cite { font-size: 7pt; margin-top: .1rem; }
              .cite .doc { display: none; } /* the source file of each version is in the table of versions at the top */
              .rule { font-size: 6.5pt; }
              .msg { margin-top: 0; }
              section.case { margin-top: .6rem; }
              .en, .meta, .where, .cite, .absent { color: #333; }
              h2 { break-after: avoid; page-break-after: avoid; }
              section.case { break-before: auto; }
              tr, .cite { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              tr.differs > * { background: none; }
              tr.differs > th[scope=row] { border-left: 3pt solid #000; }
              .mark { color: #000; }
              @page { size: A4 landscape; margin: 12mm; }
            }
            """;

    /** Escapes text for HTML content and attribute values: {@link Escape#html} (controls, line separators and direction marks made visible first). */
    static String esc(Object o) { return Escape.html(o); }

    /** Swedish text with its English beside it. */
    static String bi(String sv, String en) { return esc(sv) + " <span class=\"en\" lang=\"en\">/ " + esc(en) + "</span>"; }

    static String bi(Labels.Label l) { return bi(l.sv(), l.en()); }

    static void start(PrintWriter out, String titleSv, String titleEn) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"sv\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + esc(titleSv + " / " + titleEn) + "</title>");
        out.println("<style>");
        out.print(CSS);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<h1>" + bi(titleSv, titleEn) + "</h1>");
    }

    static void end(PrintWriter out) {
        out.println("</body>");
        out.println("</html>");
    }

    /** A message in both languages. */
    static String message(Message m) {
        if (m == null) return "";
        return "<div class=\"msg\">" + esc(m.sv()) + " <span class=\"en\" lang=\"en\">" + esc(m.en()) + "</span></div>";
    }

    /** The rule and the passage of the document it cites. */
    static String cite(String rule, Source s) {
        if (rule == null && s == null) return "";
        StringBuilder sb = new StringBuilder("<div class=\"cite\">");
        if (s != null) {
            sb.append(esc(s.section())).append(" › <q>").append(esc(s.quote())).append("</q> <span class=\"doc\" title=\"")
                    .append(esc(s.document())).append("\">(").append(esc(s.title() != null ? s.title() : s.document())).append(")</span>");
        }
        if (rule != null) sb.append("<br><span class=\"rule\">").append(esc(rule)).append("</span>");
        return sb.append("</div>").toString();
    }
}
