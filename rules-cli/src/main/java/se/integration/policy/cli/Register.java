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
        NON_NORMATIVE("beskrivning, ingen föreskrift", "a statement, not normative");

        final String sv, en;

        Status(String sv, String en) { this.sv = sv; this.en = en; }

        Labels.Label label() { return new Labels.Label(sv, en); }
    }

    /**
     * One sentence: its section and quote, its status, the source ids and rules that encode it, a note in English
     * ({@code note}) and in Swedish ({@code noteSv}, shown first).
     */
    record Entry(String section, String quote, Status status, List<String> sources, List<String> rules, String note, String noteSv) {
        Entry {
            sources = sources == null ? List.of() : List.copyOf(sources);
            rules = rules == null ? List.of() : List.copyOf(rules);
        }

        /** An entry with its note in English only. */
        Entry(String section, String quote, Status status, List<String> sources, List<String> rules, String note) {
            this(section, quote, status, sources, rules, note, null);
        }
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

    /** How many sentences have each status, every status present (0 when none). */
    Map<Status, Integer> counts() {
        Map<Status, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) counts.put(s, 0);
        for (Entry e : entries) counts.merge(e.status(), 1, Integer::sum);
        return counts;
    }
}
