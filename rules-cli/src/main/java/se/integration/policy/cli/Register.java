package se.integration.policy.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.ResourcePolicyPackage;

/**
 * A document's clause register ({@code register.json} beside the package's {@code policy.json}, issue 18):
 * every normative sentence of the document once, with the source ids and rules that encode it, or why it is
 * not judged on the package's kind of case.
 */
record Register(String document, String statuses, List<Entry> entries) {

    /** What became of a sentence, in the order {@code policy coverage} counts them. */
    enum Status {
        ENCODED("kodad", "encoded"),
        OTHER_BODY("ett annat organs uppgift", "another body's duty"),
        AIM("programmets mål", "an aim of the programme"),
        NOT_DECIDABLE("kan inte avgöras av ärendet", "not decidable from the case"),
        NOT_ENCODED("inte kodad", "not encoded"),
        NON_NORMATIVE("beskrivning, ingen föreskrift", "a statement, not normative"),
        /** A sentence of a new version's text that {@code policy new-version} could not carry over: a person must give its status. */
        NOT_REVIEWED("inte granskad", "not reviewed");

        final String sv, en;

        Status(String sv, String en) { this.sv = sv; this.en = en; }

        Labels.Label label() { return new Labels.Label(sv, en); }
    }

    /**
     * One sentence: its section and quote, its status, the source ids and rules that encode it, a note in Swedish
     * ({@code noteSv}, shown first) and in English ({@code note}), and the document it is in where that is not the
     * register's (a version adopted from a draft keeps its predecessor's sentences it did not change), else {@code null}.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"section", "quote", "status", "sources", "rules", "noteSv", "note", "document"})
    record Entry(String section, String quote, Status status, List<String> sources, List<String> rules, String note, String noteSv,
            String document) {
        Entry {
            sources = sources == null ? List.of() : List.copyOf(sources);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** An entry with its note in English only, in the register's own document. */
        Entry(String section, String quote, Status status, List<String> sources, List<String> rules, String note) {
            this(section, quote, status, sources, rules, note, null, null);
        }
    }

    /** A modal verb of a rule (ska, skall, bör, får, kan) or an amount (digits followed by kr): a normative sentence. */
    static final java.util.regex.Pattern NORMATIVE = java.util.regex.Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(ska|skall|bör|får|kan)(?![\\p{L}\\d])|\\d\\s*(kr|kronor)(?!\\p{L})");

    /**
     * A simple sentence splitter: a blank line, a list item ("- ") or a heading ("#") starts a new unit; the lines of
     * a unit are joined; a unit is split after ".", "!" or "?" followed by a capital letter.
     */
    static List<String> sentences(String text) {
        List<String> units = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("- ") || l.startsWith("#")) {
                if (!cur.isEmpty()) units.add(cur.toString());
                cur.setLength(0);
                cur.append(l);
                continue;
            }
            if (!cur.isEmpty()) cur.append(' ');
            cur.append(l);
        }
        if (!cur.isEmpty()) units.add(cur.toString());
        List<String> out = new java.util.ArrayList<>();
        for (String u : units) for (String s : u.split("(?<=[.!?])\\s+(?=\\p{Lu})")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The register of a package, or {@code null} when it carries none. */
    static Register of(PolicyPackage p) {
        if (!(p instanceof ResourcePolicyPackage rp)) return null;
        String resource = rp.resource();
        String path = resource.substring(0, resource.lastIndexOf('/') + 1) + "register.json";
        try (InputStream in = p.classLoader().getResourceAsStream(path)) {
            if (in == null) return null;
            return JSON.readValue(in, Register.class);
        } catch (IOException e) {
            throw new IllegalStateException(p.id() + ": " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** How many sentences have each status, every status present (0 when none; "not reviewed" only where there are some). */
    Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) if (s != Status.NOT_REVIEWED) counts.put(s, 0);
        for (Entry e : entries) counts.merge(e.status(), 1, Integer::sum);
        return counts;
    }
}
