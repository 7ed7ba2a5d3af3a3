package se.integration.policy.server;

import static se.integration.policy.cli.Reports.escape;

import java.util.List;
import se.integration.policy.cli.Reports;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;

/**
 * The workbench page ({@code GET /}): one self-contained page (its style and script inline, nothing
 * fetched from elsewhere), Swedish first with English beside it. It calls the server's own API: the
 * comparison and the diff come back as the command line's HTML pages, whose content it shows; the draft
 * form builds a draft in the drafts' JSON format from a version's parameters.
 */
final class Workbench {
    private Workbench() {}

    static String page(List<PolicyPackage> packages, Corpus corpus) {
        StringBuilder options = new StringBuilder();
        for (PolicyPackage p : packages) {
            PolicyDefinition d = p.definition();
            options.append("<option value=\"").append(escape(d.id())).append("\" data-municipality=\"").append(escape(d.municipality().id()))
                    .append("\">").append(escape(d.id())).append(" — ").append(escape(d.title())).append("</option>\n");
        }
        return PAGE.replace("{{CSS}}", Reports.css())
                .replace("{{OPTIONS}}", options)
                .replace("{{CORPUS}}", escape(corpus.name()))
                .replace("{{CORPUS_CASES}}", String.valueOf(corpus.entries().size()));
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Arbetsbänk för riktlinjer / Policy workbench</title>
            <style>
            {{CSS}}
            fieldset { border: 1px solid var(--line); margin: .6rem 0; padding: .5rem .8rem; }
            legend { font-weight: 600; }
            .field { display: inline-block; margin: .3rem 1.2rem .3rem 0; vertical-align: top; }
            .field label { display: block; font-size: .9rem; }
            select, input, textarea, button { font: inherit; }
            select { max-width: 34rem; }
            textarea { width: 100%; min-height: 5rem; }
            button { padding: .35rem .9rem; margin: .3rem .4rem .3rem 0; border: 1px solid #444; background: #f4f4f4; border-radius: 3px; cursor: pointer; }
            button.primary { background: #1f4e79; color: #fff; border-color: #1f4e79; }
            :focus-visible { outline: 3px solid #b07d00; outline-offset: 2px; }
            #status, #draft-status { min-height: 1.5rem; margin: .5rem 0; }
            #status.error, #draft-status.error { border: 2px solid #9b1c1c; padding: .4rem .6rem; }
            table.params input[type=number] { width: 9rem; }
            table.params input[type=text] { width: 16rem; }
            table.params td.quote { width: 34%; }
            table.params td.quote textarea { width: 100%; min-height: 3.2rem; }
            tr.edited > * { background: var(--differs); }
            .note { border-left: 4px solid var(--line); padding: .2rem .6rem; color: var(--muted); }
            pre#draft-json { background: #f6f6f6; padding: .5rem; overflow: auto; max-height: 24rem; }
            .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
            @media print {
              form, button, .no-print { display: none !important; }
              #draft-json-wrap { display: block; }
            }
            </style>
            </head>
            <body>
            <h1>Arbetsbänk för riktlinjer <span class="en" lang="en">/ Policy workbench</span></h1>
            <p class="meta">Jämför två versioner av en kommuns riktlinjer, eller en version och ett utkast, över en samling ärenden.
              <span class="en" lang="en">Compare two versions of a municipality's guidelines, or a version and a draft, over a set of cases.</span></p>

            <form id="compare-form">
              <fieldset>
                <legend>Versioner <span class="en" lang="en">/ Versions</span></legend>
                <div class="field"><label for="from">Från (äldre) <span class="en" lang="en">/ From (older)</span></label>
                  <select id="from" name="from">
            {{OPTIONS}}</select></div>
                <div class="field"><label for="to">Till (nyare) <span class="en" lang="en">/ To (newer)</span></label>
                  <select id="to" name="to">
            {{OPTIONS}}<option value="draft">Utkastet nedan / The draft below</option>
                  </select></div>
              </fieldset>
              <fieldset>
                <legend>Ärenden <span class="en" lang="en">/ Cases</span></legend>
                <div class="field"><input type="radio" id="corpus-examples" name="corpus" value="examples" checked>
                  <label for="corpus-examples" style="display:inline">Serverns ärenden ({{CORPUS}}: {{CORPUS_CASES}} ärenden, de för den första versionens kommun)
                    <span class="en" lang="en">/ The server's cases ({{CORPUS}}: {{CORPUS_CASES}} cases, those of the first version's municipality)</span></label></div>
                <div class="field"><input type="radio" id="corpus-file" name="corpus" value="file">
                  <label for="corpus-file" style="display:inline">En fil från disken <span class="en" lang="en">/ A file from disk</span></label></div>
                <div class="field"><label for="file">Fil (.jsonl, ett ärende per rad, eller .json) <span class="en" lang="en">/ File (.jsonl, one case a line, or .json)</span></label>
                  <input type="file" id="file" name="file" accept=".jsonl,.json"></div>
                <div class="field"><input type="checkbox" id="differing-only" name="differingOnly" checked>
                  <label for="differing-only" style="display:inline">Visa bara ärenden med skillnader <span class="en" lang="en">/ Show only cases with differences</span></label></div>
              </fieldset>
              <button type="submit" id="compare" class="primary">Jämför <span lang="en">/ Compare</span></button>
            </form>

            <div id="status" role="status" aria-live="polite"></div>

            <section id="impact" aria-labelledby="impact-h">
              <h2 id="impact-h">Påverkan och ärenden som skiljer sig <span class="en" lang="en">/ Impact and the cases that differ</span></h2>
              <div id="compare-result"><p class="note">Välj versioner och tryck Jämför. <span class="en" lang="en">Choose the versions and press Compare.</span></p></div>
            </section>
            <section id="diff" aria-labelledby="diff-h">
              <h2 id="diff-h">Vad som ändrats i riktlinjerna <span class="en" lang="en">/ What changed in the guidelines</span></h2>
              <div id="diff-result"></div>
            </section>

            <section id="draft" aria-labelledby="draft-h">
              <h2 id="draft-h">Utkast <span class="en" lang="en">/ Draft</span></h2>
              <p class="note" id="drafts-note">Ett utkast ändrar tal och val i en version; påverkan räknas om med samma ärenden.
                <span class="en" lang="en">A draft changes numbers and switches of a version; the impact is recomputed over the same cases.</span></p>
              <form id="draft-form">
                <fieldset>
                  <legend>Utkastet <span class="en" lang="en">/ The draft</span></legend>
                  <div class="field"><label for="draft-base">Bygger på <span class="en" lang="en">/ Based on</span></label>
                    <select id="draft-base" name="base">
            {{OPTIONS}}</select></div>
                  <div class="field"><label for="draft-id">Utkastets id <span class="en" lang="en">/ The draft's id</span></label>
                    <input type="text" id="draft-id" name="draft" required pattern="[a-z0-9][a-z0-9-]*"></div>
                  <div class="field"><label for="draft-title">Titel (frivillig) <span class="en" lang="en">/ Title (optional)</span></label>
                    <input type="text" id="draft-title" name="title" size="40"></div>
                  <div class="field"><label for="draft-valid-from">Gäller från <span class="en" lang="en">/ Valid from</span></label>
                    <input type="date" id="draft-valid-from" name="validFrom"></div>
                  <div class="field" style="display:block"><label for="draft-text">Utkastets text (förslaget som citaten nedan är hämtade ur; lämnas den tom blir citaten själva texten)
                    <span class="en" lang="en">/ The draft's text (the proposal the quotes below come from; left empty, the quotes themselves are the text)</span></label>
                    <textarea id="draft-text" name="sourceTextInline"></textarea></div>
                </fieldset>
                <fieldset>
                  <legend>Tal och val <span class="en" lang="en">/ Numbers and switches</span></legend>
                  <p class="meta">Beloppsgränser, datum och frister, rubriker som krävs eller är frivilliga, vem som beslutar. Ändrade rader markeras. Skriv för varje ändrad rad citatet ur utkastets text som säger det nya värdet, som texten skriver det (”75 000 kr”); den gällande versionens citat står som ledtråd i fältet.
                    <span class="en" lang="en">Amount limits, dates and deadlines, headings required or optional, who decides. Changed rows are marked. For each changed row write the quote from the draft's text that states the new value as the text writes it ("75 000 kr"); the version's own quote is shown in the field as a hint.</span></p>
                  <div id="draft-params"></div>
                </fieldset>
                <button type="button" id="draft-apply" class="primary">Beräkna påverkan av utkastet <span lang="en">/ Recompute the impact of the draft</span></button>
                <button type="button" id="draft-download">Ladda ner utkastet <span lang="en">/ Download the draft</span></button>
              </form>
              <div id="draft-status" role="status" aria-live="polite"></div>
              <div id="draft-json-wrap">
                <h3>Utkastets fil <span class="en" lang="en">/ The draft's file</span></h3>
                <pre id="draft-json" tabindex="0" aria-label="Utkastets JSON / The draft's JSON"></pre>
              </div>
            </section>

            <script>
            "use strict";
            (function () {
              const $ = (id) => document.getElementById(id);
              let base = null; // GET /policies/{id} of the draft's base
              let statusBoxes = ["status"];
              const status = (text, error) => {
                for (const id of statusBoxes) {
                  const s = $(id);
                  s.textContent = text;
                  s.className = error ? "error" : "";
                  s.setAttribute("role", error ? "alert" : "status");
                }
              };

              // the body of one of the command line's pages, shown here (it is the server's own, escaped HTML)
              function show(target, html) {
                const doc = new DOMParser().parseFromString(html, "text/html");
                const box = $(target);
                box.replaceChildren();
                for (const n of Array.from(doc.body.childNodes)) {
                  if (n.nodeName === "H1" || n.nodeName === "SCRIPT") continue;
                  box.appendChild(document.importNode(n, true));
                }
              }

              async function problemText(r) {
                try {
                  const p = await r.json();
                  const lines = [p.title + " (" + p.status + "): " + p.detail];
                  for (const q of p.problems || []) lines.push(q.path + ": " + q.message);
                  return lines.join("\\n");
                } catch (e) {
                  return "HTTP " + r.status;
                }
              }

              function readFile() {
                const f = $("file").files[0];
                if (!f) return Promise.reject(new Error("Välj en fil / Choose a file"));
                return f.text().then((text) => {
                  if (f.name.endsWith(".json")) return { cases: [JSON.parse(text)] };
                  return { casesJsonl: text };
                });
              }

              async function cases() {
                if ($("corpus-file").checked) return readFile();
                return {};
              }

              async function run(useDraft) {
                const from = $("from").value;
                let to = $("to").value;
                if (useDraft) { to = "draft"; $("to").value = "draft"; }
                statusBoxes = to === "draft" ? ["status", "draft-status"] : ["status"];
                const toVersion = to === "draft" ? draftObject() : to;
                status("Räknar … / Computing …", false);
                let body;
                try {
                  body = Object.assign({ policies: [from, toVersion], differingOnly: $("differing-only").checked }, await cases());
                } catch (e) {
                  status(e.message, true);
                  return;
                }
                const r = await fetch("compare?format=html", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
                if (!r.ok) {
                  status(await problemText(r), true);
                  return;
                }
                show("compare-result", await r.text());
                const d = await fetch("diff?format=html", { method: "POST", headers: { "Content-Type": "application/json" },
                                                            body: JSON.stringify({ from: from, to: toVersion }) });
                if (d.ok) show("diff-result", await d.text());
                else $("diff-result").textContent = await problemText(d);
                const n = document.querySelector("#compare-result .summary .cases");
                const w = document.querySelector("#compare-result .summary .with-differences");
                status("Klart / Done: " + (n ? n.textContent : "1") + " ärenden / cases, " + (w ? w.textContent : "?") + " med skillnader / with differences", false);
              }

              $("compare-form").addEventListener("submit", (e) => { e.preventDefault(); run(false); });
              $("draft-apply").addEventListener("click", () => run(true));

              // ---- the draft form -----------------------------------------------------------------
              const EDITABLE = (field, value) =>
                field !== "cite" && (typeof value === "number" || typeof value === "boolean"
                  || (typeof value === "string" && /^\\d{4}-\\d{2}-\\d{2}$/.test(value))
                  || field === "authority" || field === "decidedBy" || field === "preparer");
              const SKIP = new Set(["fact", "identity", "cite"]);
              // the fields' names in Swedish first, English beside (a field not named here shows its own name)
              const FIELD = {
                fromAmount: "från belopp, kr / from amount, SEK", toAmount: "till och med belopp, kr / up to amount, SEK",
                authority: "beslutar / decides", required: "krävs / required", advisory: "uppmaning, inget krav / advisory, not required",
                monthsBetweenPayments: "månader mellan utbetalningar / months between payments", monthsAfterEnd: "månader efter slutet / months after the end",
                aboveAmount: "över belopp, kr / above amount, SEK", days: "dagar / days", months: "månader / months", years: "år / years",
                minMembers: "minst antal medlemmar / at least members", maxAmount: "högst belopp, kr / at most amount, SEK"
              };

              function input(p, i, field, value) {
                const id = "p" + i + "-" + field;
                const wrap = document.createElement("div");
                wrap.className = "field";
                const label = document.createElement("label");
                label.htmlFor = id;
                label.textContent = FIELD[field] || field;
                const el = document.createElement("input");
                el.id = id;
                el.dataset.index = i;
                el.dataset.field = field;
                if (typeof value === "boolean") { el.type = "checkbox"; el.checked = value; }
                else if (typeof value === "number") { el.type = "number"; el.value = value; el.step = "any"; }
                else if (typeof value === "string" && /^\\d{4}-\\d{2}-\\d{2}$/.test(value)) { el.type = "date"; el.value = value; }
                else { el.type = "text"; el.value = value; }
                el.addEventListener("input", refresh);
                el.addEventListener("change", refresh);
                wrap.append(label, el);
                return wrap;
              }

              function buildParams() {
                const box = $("draft-params");
                box.replaceChildren();
                const table = document.createElement("table");
                table.className = "params";
                const head = table.createTHead().insertRow();
                for (const t of ["Parameter / Parameter", "Värden / Values", "Citat ur utkastets text / Quote from the draft's text"]) {
                  const th = document.createElement("th"); th.textContent = t; head.appendChild(th);
                }
                const tbody = table.createTBody();
                base.parameters.forEach((p, i) => {
                  const editable = Object.keys(p).filter((f) => !SKIP.has(f) && EDITABLE(f, p[f]));
                  if (editable.length === 0) return;
                  const tr = tbody.insertRow();
                  tr.id = "param-" + i;
                  tr.dataset.fact = p.fact;
                  tr.dataset.identity = p.identity;
                  const th = document.createElement("th");
                  th.scope = "row";
                  th.textContent = p.fact + " · " + p.identity;
                  const fixed = Object.keys(p).filter((f) => !SKIP.has(f) && !editable.includes(f) && p[f] !== null && typeof p[f] !== "object");
                  if (fixed.length) {
                    const m = document.createElement("div"); m.className = "meta";
                    m.textContent = fixed.map((f) => f + ": " + p[f]).join(" · ");
                    th.appendChild(m);
                  }
                  tr.appendChild(th);
                  const td = tr.insertCell();
                  for (const f of editable) td.appendChild(input(p, i, f, p[f]));
                  const q = tr.insertCell();
                  q.className = "quote";
                  const ql = document.createElement("label");
                  ql.htmlFor = "q" + i; ql.className = "sr-only";
                  ql.textContent = "Citat för / Quote for " + p.fact + " " + p.identity;
                  const qi = document.createElement("textarea");
                  qi.rows = 2; qi.id = "q" + i; qi.dataset.index = i;
                  const own = base.sources && base.sources[p.cite];
                  if (own) qi.placeholder = own.quote;
                  qi.addEventListener("input", refresh);
                  q.append(ql, qi);
                });
                box.appendChild(table);
              }

              function valueOf(el) {
                if (el.type === "checkbox") return el.checked;
                if (el.type === "number") return el.value === "" ? null : Number(el.value);
                return el.value;
              }

              function draftObject() {
                const d = { draft: $("draft-id").value, base: base ? base.id : $("draft-base").value };
                if ($("draft-title").value) d.title = $("draft-title").value;
                if ($("draft-valid-from").value && base && $("draft-valid-from").value !== base.validFrom) d.validFrom = $("draft-valid-from").value;
                d.sourceTextInline = $("draft-text").value; // made from the quotes below where left empty
                d.sources = {};
                d.assumptions = [];
                d.set = [];
                d.add = [];
                d.remove = [];
                if (!base) return d;
                base.parameters.forEach((p, i) => {
                  const values = {};
                  for (const el of document.querySelectorAll("#draft-params input[data-index='" + i + "'][data-field]")) {
                    const v = valueOf(el);
                    if (v !== p[el.dataset.field]) values[el.dataset.field] = v;
                  }
                  const row = $("param-" + i);
                  if (row) row.classList.toggle("edited", Object.keys(values).length > 0);
                  if (Object.keys(values).length === 0) return;
                  const entry = { fact: p.fact, identity: p.identity, values: values, cite: p.cite };
                  const quote = $("q" + i) ? $("q" + i).value : "";
                  if (quote) {
                    const id = "draft." + p.fact + "." + i;
                    const section = base.sources && base.sources[p.cite] ? base.sources[p.cite].section : "";
                    d.sources[id] = { section: section, quote: quote };
                    entry.cite = id;
                  }
                  d.set.push(entry);
                });
                if (!d.sourceTextInline.trim()) d.sourceTextInline = Object.values(d.sources).map((s) => s.quote).join("\\n");
                return d;
              }

              function refresh() { $("draft-json").textContent = JSON.stringify(draftObject(), null, 2); }

              async function loadBase() {
                const id = $("draft-base").value;
                const r = await fetch("policies/" + encodeURIComponent(id));
                if (!r.ok) { status(await problemText(r), true); return; }
                base = await r.json();
                $("draft-id").value = id + "-utkast";
                $("draft-valid-from").value = base.validFrom;
                buildParams();
                refresh();
              }

              $("draft-base").addEventListener("change", loadBase);
              for (const id of ["draft-id", "draft-title", "draft-valid-from", "draft-text"]) $(id).addEventListener("input", refresh);
              $("draft-download").addEventListener("click", () => {
                const blob = new Blob([JSON.stringify(draftObject(), null, 2) + "\\n"], { type: "application/json" });
                const a = document.createElement("a");
                a.href = URL.createObjectURL(blob);
                a.download = ($("draft-id").value || "utkast") + ".json";
                document.body.appendChild(a);
                a.click();
                a.remove();
                setTimeout(() => URL.revokeObjectURL(a.href), 1000);
              });
              $("from").addEventListener("change", () => {
                // the draft is based on the newer version by default
              });
              $("to").addEventListener("change", () => {
                const v = $("to").value;
                if (v !== "draft" && $("draft-base").value !== v) { $("draft-base").value = v; loadBase(); }
              });
              $("draft-base").value = $("to").value;
              loadBase();
            })();
            </script>
            </body>
            </html>
            """;
}
