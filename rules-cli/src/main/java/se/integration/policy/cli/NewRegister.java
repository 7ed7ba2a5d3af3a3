package se.integration.policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clause register {@code policy new-version} writes for a NEW text (never a copy of the base's, which registers
 * the old text): the base's entries whose quote the new text has verbatim are carried over with their encoding;
 * every other normative sentence of the new text ({@link Register#sentences}, {@link Register#NORMATIVE}, as the
 * coverage tests split them) is {@link Register.Status#NOT_REVIEWED}, naming the draft's sources it overlaps; and the
 * base's entries the new version still relies on (it keeps their sources from the base's text) are kept with their
 * document named. Entries of the base whose sources the new text replaced are dropped.
 *
 * @param register the register
 * @param carried  how many entries were carried over because the new text has their quote
 * @param kept     how many entries of the base's text were kept by reference
 * @param toReview the sentences to review, "section: quote"
 */
record NewRegister(Register register, int carried, int kept, List<String> toReview) {

    static NewRegister of(Register base, String baseDocument, String newDocument, String newText, JsonNode materialised) {
        List<Register.Entry> baseEntries = base == null ? List.of() : base.entries();
        // the sources the new version cites from its own text (no "document"), with their sections and quotes
        Set<String> own = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : materialised.path("sources").properties()) {
            if (!e.getValue().hasNonNull("document")) own.add(e.getKey());
        }
        List<Register.Entry> entries = new ArrayList<>();
        List<String> toReview = new ArrayList<>();
        Set<Register.Entry> used = new LinkedHashSet<>();
        int carried = 0;
        String text = newText == null ? "" : newText;
        String flat = spaces(text);
        for (String[] chunk : sections(text)) {
            for (String sentence : Register.sentences(chunk[1])) {
                Register.Entry match = null;
                for (Register.Entry b : baseEntries) {
                    if (!used.contains(b) && verbatim(b.quote(), flat) && overlaps(b.quote(), sentence)) { match = b; break; }
                }
                if (match != null) {
                    used.add(match);
                    entries.add(new Register.Entry(match.section(), match.quote(), match.status(), match.sources(), match.rules(), match.note(), match.noteSv(), null));
                    carried++;
                    continue;
                }
                if (!Register.NORMATIVE.matcher(sentence).find()) continue;
                String section = chunk[0];
                List<String> sources = new ArrayList<>();
                for (String id : own) {
                    JsonNode s = materialised.path("sources").path(id);
                    if (overlaps(s.path("quote").asText(), sentence)) {
                        sources.add(id);
                        section = s.path("section").asText(section);
                    }
                }
                entries.add(new Register.Entry(section, sentence, Register.Status.NOT_REVIEWED, sources, List.of(),
                        "written by policy new-version: give this sentence its status",
                        "skriven av policy new-version: ge meningen dess status", null));
                toReview.add(section + ": " + sentence);
            }
        }
        // a passage the new version cites from its own text that no sentence above holds (one without a modal verb or an
        // amount, such as the day it takes effect): to review too, so that every citation is a sentence of the register
        for (String id : own) {
            JsonNode s = materialised.path("sources").path(id);
            if (entries.stream().anyMatch(e -> e.sources().contains(id))) continue;
            String quote = s.path("quote").asText(), section = s.path("section").asText("");
            entries.add(new Register.Entry(section, quote, Register.Status.NOT_REVIEWED, List.of(id), List.of(),
                    "written by policy new-version: give this sentence its status",
                        "skriven av policy new-version: ge meningen dess status", null));
            toReview.add(section + ": " + quote);
        }
        // the base's sentences quoted verbatim elsewhere in the new text (not as one sentence of it)
        for (Register.Entry b : baseEntries) {
            if (!used.contains(b) && verbatim(b.quote(), flat)) {
                used.add(b);
                entries.add(new Register.Entry(b.section(), b.quote(), b.status(), b.sources(), b.rules(), b.note(), b.noteSv(), null));
                carried++;
            }
        }
        // the base's text the new version keeps by reference: every entry naming none of the sources the new text replaced
        int kept = 0;
        for (Register.Entry b : baseEntries) {
            if (used.contains(b) || b.sources().stream().anyMatch(own::contains)) continue;
            entries.add(new Register.Entry(b.section(), b.quote(), b.status(), b.sources(), b.rules(), b.note(), b.noteSv(),
                    b.document() != null ? b.document() : baseDocument));
            kept++;
        }
        String statuses = (base != null && base.statuses() != null ? base.statuses() + "; " : "")
                + "NOT_REVIEWED: a sentence of the new text policy new-version could not carry over, to be given its status";
        return new NewRegister(new Register(newDocument, statuses, entries), carried, kept, toReview);
    }

    /** The text cut at its headings (a short line between blank lines, not ending a sentence): {heading, body}. */
    static List<String[]> sections(String text) {
        List<String[]> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        String heading = "";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            boolean blankBefore = i == 0 || lines[i - 1].isBlank(), blankAfter = i + 1 >= lines.length || lines[i + 1].isBlank();
            if (!l.isEmpty() && blankBefore && blankAfter && l.length() <= 100 && !l.matches(".*[.!?:;,]$")) {
                if (!body.isEmpty()) out.add(new String[] {heading, body.toString()});
                heading = l;
                body.setLength(0);
                continue;
            }
            body.append(lines[i]).append('\n');
        }
        if (!body.isEmpty()) out.add(new String[] {heading, body.toString()});
        return out;
    }

    /** Every passage of a quote ("[…]" separates them) is in the text, spaces aside. */
    static boolean verbatim(String quote, String flatText) {
        boolean any = false;
        for (String part : quote.split("\\[…\\]|…")) {
            String p = spaces(part).strip();
            if (p.length() < 4) continue;
            if (!flatText.contains(p)) return false;
            any = true;
        }
        return any;
    }

    /** One holds the other, letters and digits only. */
    static boolean overlaps(String a, String b) {
        String x = letters(a.replace("[…]", "")), y = letters(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String spaces(String s) { return s.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " "); }

    private static String letters(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""); }
}
