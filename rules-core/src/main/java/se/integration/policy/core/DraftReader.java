package se.integration.policy.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.read.Problem;

/**
 * Reads a draft revision (the format of {@code docs/authoring.md}): a base version, metadata, the
 * draft's own text and quotes from it, and parameters set, added or removed by the identities
 * {@code policy diff} pairs them by. Every problem is collected, each with its JSON path; the draft
 * is refused with {@link InvalidDraftException} if there is any.
 */
final class DraftReader {
    private static final Set<String> FIELDS = Set.of("draft", "base", "title", "validFrom", "validTo", "sourceText",
            "sourceTextInline", "sourceTitle", "sources", "assumptions", "set", "add", "remove");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    /** The largest draft text read (a guideline is a few dozen kilobytes). */
    static final long MAX_TEXT_BYTES = 4L << 20;

    private final PolicyRegistry registry;
    private final String name;
    private final Path dir;
    private final List<Problem> problems = new ArrayList<>();

    private DraftReader(PolicyRegistry registry, String name, Path dir) {
        this.registry = registry;
        this.name = name;
        this.dir = dir;
    }

    static DraftPackage read(PolicyRegistry registry, Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > Limits.MAX_DOCUMENT_BYTES) {
                throw new InvalidDraftException(name, List.of(new Problem("$", "utkastet är större än / the draft is larger than " + Limits.MAX_DOCUMENT_BYTES + " bytes")));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidDraftException(name, List.of(new Problem("$", "utkastet kan inte läsas / the draft cannot be read: " + e.getMessage())));
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        return new DraftReader(registry, name, parent).read(new String(bytes, StandardCharsets.UTF_8));
    }

    static DraftPackage read(PolicyRegistry registry, String json, String name) {
        if (json.length() > Limits.MAX_DOCUMENT_BYTES) {
            throw new InvalidDraftException(name, List.of(new Problem("$", "utkastet är större än / the draft is larger than " + Limits.MAX_DOCUMENT_BYTES + " characters")));
        }
        return new DraftReader(registry, name, null).read(json);
    }

    private void problem(String path, String sv, String en) { problems.add(new Problem(path, sv + " / " + en)); }

    private InvalidDraftException refused() { return new InvalidDraftException(name, problems); }

    private DraftPackage read(String json) {
        JsonNode tree = parse(json);
        if (!tree.isObject()) {
            problem("$", "ett utkast är ett JSON-objekt", "a draft is a JSON object");
            throw refused();
        }
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) problem("$." + f, "okänt fält", "unknown field (one of " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
        }
        String id = text(tree, "draft", true);
        if (id != null && !ID.matcher(id).matches()) {
            problem("$.draft", "ett id av små bokstäver, siffror och bindestreck", "an id of lower-case letters, digits and hyphens");
        } else if (id != null && registry.all().stream().anyMatch(p -> p.id().equals(id))) {
            problem("$.draft", "\"" + id + "\" är redan en installerad version", "\"" + id + "\" is already an installed version; a draft needs an id of its own");
        }
        String baseId = text(tree, "base", true);
        PolicyPackage base = null;
        if (baseId != null) {
            base = registry.all().stream().filter(p -> p.id().equals(baseId)).findFirst().orElse(null);
            if (base == null) {
                problem("$.base", "okänd version \"" + baseId + "\"", "unknown version \"" + baseId + "\" (installed: "
                        + String.join(", ", registry.all().stream().map(PolicyPackage::id).sorted().toList()) + ")");
            }
        }
        String title = text(tree, "title", false);
        String sourceTitle = text(tree, "sourceTitle", false);
        LocalDate validFrom = date(tree, "validFrom"), validTo = date(tree, "validTo");
        String[] textAndName = sourceText(tree, id);
        String draftText = textAndName == null ? null : textAndName[0];
        String document = textAndName == null ? null : textAndName[1];
        Map<String, SourceText> ownSources = sources(tree.get("sources"), draftText, document);
        List<Assumption> ownAssumptions = assumptions(tree.get("assumptions"));
        if (base == null) throw refused();

        PolicyDefinition b = base.definition();
        Map<String, SourceText> sources = new LinkedHashMap<>();
        b.sources().forEach((k, s) -> sources.put(k, new SourceText(s.section(), s.quote(), s.document() != null ? s.document() : b.source(),
                s.title() != null ? s.title() : b.documentTitle())));
        sources.putAll(ownSources);
        Map<String, Assumption> assumptions = new LinkedHashMap<>();
        b.assumptions().forEach(a -> assumptions.put(a.id(), a));
        ownAssumptions.forEach(a -> assumptions.put(a.id(), a));

        ObjectMapper mapper = DefinitionReader.mapper(base.parameterTypes());
        ObjectMapper writer = mapper.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        Map<String, Class<? extends ParameterFact>> types = new LinkedHashMap<>();
        for (Class<? extends ParameterFact> t : DefinitionReader.CORE_TYPES) types.put(t.getSimpleName(), t);
        for (Class<? extends ParameterFact> t : base.parameterTypes()) types.put(t.getSimpleName(), t);

        List<ParameterFact> params = new ArrayList<>(b.parameters());
        // where each changed parameter was changed, and which of its fields (null: all), for the numbers check
        Map<ParameterFact, String> origin = new IdentityHashMap<>();
        Map<ParameterFact, Set<String>> changedFields = new IdentityHashMap<>();

        JsonNode remove = array(tree, "remove");
        for (int i = 0; remove != null && i < remove.size(); i++) {
            String at = "$.remove[" + i + "]";
            JsonNode r = remove.get(i);
            if (!fieldsOnly(r, at, Set.of("fact", "identity"))) continue;
            List<ParameterFact> found = matching(r, at, params, types);
            params.removeAll(found);
        }
        JsonNode set = array(tree, "set");
        for (int i = 0; set != null && i < set.size(); i++) {
            String at = "$.set[" + i + "]";
            JsonNode s = set.get(i);
            if (!fieldsOnly(s, at, Set.of("fact", "identity", "values", "cite"))) continue;
            JsonNode values = s.get("values");
            String cite = s.has("cite") ? (s.get("cite").isTextual() ? s.get("cite").asText() : null) : null;
            if (s.has("cite") && cite == null) problem(at + ".cite", "en text", "a string: a source id");
            else if (cite != null && !sources.containsKey(cite)) unknownSource(at + ".cite", cite, sources);
            if (values == null || !values.isObject() || values.isEmpty()) {
                problem(at + ".values", "ett objekt med minst ett fält och dess nya värde", "an object with at least one field and its new value");
                continue;
            }
            List<ParameterFact> found = matching(s, at, params, types);
            for (ParameterFact old : found) {
                Set<String> fields = new LinkedHashSet<>();
                for (RecordComponent rc : old.getClass().getRecordComponents()) if (!rc.getName().equals("cite")) fields.add(rc.getName());
                boolean ok = true;
                for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!fields.contains(f)) {
                        problem(at + ".values." + f, old.getClass().getSimpleName() + " har inget fält \"" + f + "\"",
                                old.getClass().getSimpleName() + " has no field \"" + f + "\" (fields: " + String.join(", ", fields) + ")");
                        ok = false;
                    }
                }
                if (!ok) continue;
                ObjectNode node = writer.valueToTree(old);
                node.put("fact", old.getClass().getSimpleName());
                values.fields().forEachRemaining(e -> node.set(e.getKey(), e.getValue()));
                if (cite != null) node.put("cite", cite);
                ParameterFact changed = bind(mapper, node, at + ".values");
                if (changed == null) continue;
                params.set(params.indexOf(old), changed);
                origin.put(changed, at + ".values");
                Set<String> names = new LinkedHashSet<>();
                values.fieldNames().forEachRemaining(names::add);
                changedFields.put(changed, names);
            }
        }
        JsonNode add = array(tree, "add");
        for (int i = 0; add != null && i < add.size(); i++) {
            String at = "$.add[" + i + "]";
            JsonNode a = add.get(i);
            if (!a.isObject()) {
                problem(at, "en parameter som i policy.json", "a parameter entry as in policy.json");
                continue;
            }
            if (!a.path("fact").isTextual() || !types.containsKey(a.get("fact").asText())) {
                problem(at + ".fact", "okänd parametertyp", "unknown parameter type (one of " + String.join(", ", types.keySet()) + ")");
                continue;
            }
            if (!a.path("cite").isTextual()) {
                problem(at + ".cite", "saknas: källan värdet kommer från", "missing: the source id the value comes from");
                continue;
            }
            if (!sources.containsKey(a.get("cite").asText())) {
                unknownSource(at + ".cite", a.get("cite").asText(), sources);
                continue;
            }
            ParameterFact p = bind(mapper, a, at);
            if (p == null) continue;
            params.add(p);
            origin.put(p, at);
            changedFields.put(p, null);
        }

        String draftTitle = title != null ? title : b.title() + " (utkast)";
        LocalDate from = validFrom != null ? validFrom : b.validFrom();
        LocalDate to = tree.has("validTo") ? validTo : b.validTo();
        if (to != null && to.isBefore(from)) problem("$.validTo", "före validFrom", "before validFrom " + from);
        PolicyDefinition d = new PolicyDefinition(id, b.municipality(), draftTitle, b.documentType(), b.kinds(),
                document != null ? document : b.source(), "utkast, inte antaget / draft, not adopted", from, to,
                List.copyOf(assumptions.values()), b.kbase(), b.model(), b.sharedRules(), b.taxonomy(), sources, params,
                sourceTitle, true);

        // the vocabularies: every term well formed, every requirement's key a term of the draft (a removed term still named)
        Vocabulary.checkTerms(params).forEach((p, message) -> problem(origin.getOrDefault(p, "$.remove"),
                "ordförrådet stämmer inte: " + message, "the vocabularies do not agree: " + message));

        // every number of a changed parameter, and of any parameter citing one of the draft's quotes, must be in its quote;
        // not for an entry already refused above (a misspelt field would otherwise also be reported as its old number)
        List<String> refusedAt = problems.stream().map(Problem::path).toList();
        for (ParameterFact p : params) {
            String at = origin.get(p);
            boolean citesDraft = ownSources.containsKey(p.cite());
            if (at == null && !citesDraft) continue;
            if (at != null && refusedAt.stream().anyMatch(r -> r.equals(at) || r.startsWith(at + ".") || r.startsWith(at + "["))) continue;
            // a base parameter citing a quote the draft replaced: its old number may be there only because the entry
            // meant to change it was refused above
            if (at == null && refusedAt.stream().anyMatch(r -> r.startsWith("$.set[") || r.startsWith("$.add["))) continue;
            Set<String> fields = at == null ? null : changedFields.get(p);
            for (QuoteNumbers.Unstated u : QuoteNumbers.check(p, d, fields)) {
                String path = at == null ? "$.sources." + p.cite() + ".quote" : at + "." + u.field();
                problems.add(new Problem(path, u.message()));
            }
        }
        if (!problems.isEmpty()) throw refused();
        return new DraftPackage(base, d, sourceTitle, draftText);
    }

    private JsonNode parse(String json) {
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') json = json.substring(1);
        ObjectMapper strict = CaseReader.strictMapper();
        try (JsonParser parser = strict.createParser(json)) {
            JsonNode tree = strict.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                problem("$", "utkastet är tomt", "the draft is empty");
                throw refused();
            }
            if (parser.nextToken() != null) {
                problem("$", "något efter utkastets objekt", "unexpected content after the draft object");
                throw refused();
            }
            return tree;
        } catch (JsonProcessingException e) {
            problem("$", "felaktig JSON", "malformed JSON: " + CaseReader.describe(e));
            throw refused();
        } catch (IOException e) {
            problem("$", "kan inte läsas", "unreadable input: " + e.getMessage());
            throw refused();
        }
    }

    private String text(JsonNode tree, String field, boolean required) {
        JsonNode v = tree.get(field);
        if (v == null || v.isNull()) {
            if (required) problem("$." + field, "saknas", "missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem("$." + field, "en text som inte är tom", "a non-empty string");
            return null;
        }
        return v.asText();
    }

    private LocalDate date(JsonNode tree, String field) {
        JsonNode v = tree.get(field);
        if (v == null || v.isNull()) return null;
        try {
            if (v.isTextual()) return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            // reported below
        }
        problem("$." + field, "ett datum ÅÅÅÅ-MM-DD eller null", "a date YYYY-MM-DD or null");
        return null;
    }

    /** The draft's text and the document name results cite it by, or null (a problem reported). */
    private String[] sourceText(JsonNode tree, String id) {
        boolean file = tree.has("sourceText"), inline = tree.has("sourceTextInline");
        if (file == inline) {
            problem(file ? "$.sourceTextInline" : "$.sourceText", "ange antingen sourceText (en fil) eller sourceTextInline",
                    "give either sourceText (a file beside the draft) or sourceTextInline (the text itself), one of them");
            return null;
        }
        if (inline) {
            String t = text(tree, "sourceTextInline", true);
            return t == null ? null : new String[] {t, (id != null ? id : "utkast") + ".txt"};
        }
        String rel = text(tree, "sourceText", true);
        if (rel == null) return null;
        if (dir == null) {
            problem("$.sourceText", "ett utkast som läses från en text har ingen katalog; ge texten i sourceTextInline",
                    "a draft read from a string has no directory: give the text in sourceTextInline");
            return null;
        }
        Path p = dir.resolve(rel).normalize();
        if (Path.of(rel).isAbsolute() || !p.startsWith(dir)) {
            problem("$.sourceText", "en fil i utkastets katalog", "a file in the draft's directory (a relative path, no ..)");
            return null;
        }
        try {
            if (!Files.isRegularFile(p)) {
                problem("$.sourceText", "filen finns inte: " + rel, "no such file: " + rel + " (relative to the draft's directory)");
                return null;
            }
            if (Files.size(p) > MAX_TEXT_BYTES) {
                problem("$.sourceText", "texten är för stor", "the text is larger than " + MAX_TEXT_BYTES + " bytes");
                return null;
            }
            return new String[] {Files.readString(p, StandardCharsets.UTF_8), p.getFileName().toString()};
        } catch (IOException e) {
            problem("$.sourceText", "kan inte läsas: " + rel, "cannot be read: " + rel + " (" + e.getMessage() + ")");
            return null;
        }
    }

    private Map<String, SourceText> sources(JsonNode node, String text, String document) {
        Map<String, SourceText> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!node.isObject()) {
            problem("$.sources", "ett objekt: käll-id → {section, quote}", "an object: source id → {section, quote}");
            return out;
        }
        String normalText = text == null ? null : QuotesInText.normal(text);
        node.fields().forEachRemaining(e -> {
            String at = "$.sources." + e.getKey();
            JsonNode s = e.getValue();
            if (!fieldsOnly(s, at, Set.of("section", "quote"))) return;
            String section = text(s, at, "section"), quote = text(s, at, "quote");
            if (section == null || quote == null) return;
            if (normalText != null) {
                for (String part : QuotesInText.parts(quote)) {
                    String wanted = QuotesInText.normal(part);
                    if (!normalText.contains(wanted)) {
                        problem(at + ".quote", "citatet står inte i utkastets text (" + document + "): \"" + part + "\"" + whereItDiffers(wanted, normalText, true),
                                "the quote is not in the draft's text (" + document + "): \"" + part + "\"" + whereItDiffers(wanted, normalText, false));
                        break;
                    }
                }
            }
            out.put(e.getKey(), new SourceText(section, quote, document));
        });
        return out;
    }

    /**
     * Where a quote stops agreeing with the text: the longest beginning of the quote the text holds, and what the text has
     * after it, so that an analyst sees the one word that differs (empty when not even the quote's first word is there).
     */
    static String whereItDiffers(String quote, String text, boolean swedish) {
        int lo = 0, hi = quote.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (text.contains(quote.substring(0, mid))) lo = mid; else hi = mid - 1;
        }
        int word = quote.lastIndexOf(' ', lo);
        if (word <= 0) return "";
        String agreed = quote.substring(0, word), rest = quote.substring(word).strip();
        // of the places the text holds that beginning, the one that goes on most like the quote
        int at = -1, best = -1;
        for (int i = text.indexOf(agreed); i >= 0; i = text.indexOf(agreed, i + 1)) {
            String after = text.substring(i + agreed.length()).strip();
            int same = 0;
            while (same < after.length() && same < rest.length() && after.charAt(same) == rest.charAt(same)) same++;
            if (same > best) {
                best = same;
                at = i + agreed.length();
            }
        }
        String quoteGoesOn = quote.substring(word).strip(), textGoesOn = text.substring(at).strip();
        quoteGoesOn = quoteGoesOn.length() > 40 ? quoteGoesOn.substring(0, 40) + "…" : quoteGoesOn;
        textGoesOn = textGoesOn.length() > 40 ? textGoesOn.substring(0, 40) + "…" : textGoesOn;
        return swedish ? "; efter \"" + tail(agreed) + "\" har citatet \"" + quoteGoesOn + "\" men texten \"" + textGoesOn + "\""
                : "; after \"" + tail(agreed) + "\" the quote has \"" + quoteGoesOn + "\" but the text \"" + textGoesOn + "\"";
    }

    private static String tail(String s) { return s.length() > 30 ? "…" + s.substring(s.length() - 30).strip() : s; }

    private String text(JsonNode obj, String at, String field) {
        JsonNode v = obj.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            problem(at + "." + field, v == null ? "saknas" : "en text som inte är tom", v == null ? "missing" : "a non-empty string");
            return null;
        }
        return v.asText();
    }

    private List<Assumption> assumptions(JsonNode node) {
        List<Assumption> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) {
            problem("$.assumptions", "en lista av {id, assumption, reason}", "an array of {id, assumption, reason}");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "$.assumptions[" + i + "]";
            JsonNode a = node.get(i);
            if (!fieldsOnly(a, at, Set.of("id", "assumption", "reason", "covers"))) continue;
            String id = text(a, at, "id"), what = text(a, at, "assumption"), why = text(a, at, "reason");
            // covers: the parameters ("cite" or "cite field") whose numbers the assumption states
            List<String> covers = new ArrayList<>();
            JsonNode c = a.get("covers");
            if (c != null && !c.isNull()) {
                if (!c.isArray()) {
                    problem(at + ".covers", "en lista av \"källa\" eller \"källa fält\"", "an array of \"cite\" or \"cite field\"");
                    continue;
                }
                for (int j = 0; j < c.size(); j++) {
                    if (c.get(j).isTextual() && !c.get(j).asText().isBlank()) covers.add(c.get(j).asText());
                    else problem(at + ".covers[" + j + "]", "en text: \"källa\" eller \"källa fält\"", "a string: \"cite\" or \"cite field\"");
                }
            }
            if (id != null && what != null && why != null) out.add(new Assumption(id, what, why, covers));
        }
        return out;
    }

    private JsonNode array(JsonNode tree, String field) {
        JsonNode v = tree.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isArray()) {
            problem("$." + field, "en lista", "an array");
            return null;
        }
        return v;
    }

    /** Whether a node is an object with no other fields than those given (else problems reported). */
    private boolean fieldsOnly(JsonNode node, String at, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            problem(at, "ett objekt", "an object with " + String.join(", ", allowed));
            return false;
        }
        boolean ok = true;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problem(at + "." + f, "okänt fält", "unknown field (one of " + String.join(", ", allowed) + ")");
                ok = false;
            }
        }
        return ok;
    }

    /** The parameters a {@code fact} and {@code identity} name (problems reported where none). */
    private List<ParameterFact> matching(JsonNode entry, String at, List<ParameterFact> params, Map<String, Class<? extends ParameterFact>> types) {
        JsonNode fact = entry.get("fact"), identity = entry.get("identity");
        if (fact == null || !fact.isTextual() || !types.containsKey(fact.asText())) {
            problem(at + ".fact", fact == null ? "saknas" : "okänd parametertyp", (fact == null ? "missing" : "unknown parameter type")
                    + " (one of " + String.join(", ", types.keySet()) + ")");
            return List.of();
        }
        if (identity == null || !identity.isTextual()) {
            problem(at + ".identity", "saknas", "missing: the identity policy diff shows for the parameter");
            return List.of();
        }
        List<ParameterFact> found = params.stream()
                .filter(p -> p.getClass().getSimpleName().equals(fact.asText()) && p.identity().equals(identity.asText())).toList();
        if (found.isEmpty()) {
            List<String> known = params.stream().filter(p -> p.getClass().getSimpleName().equals(fact.asText())).map(ParameterFact::identity).distinct().toList();
            problem(at + ".identity", "ingen " + fact.asText() + " med identiteten \"" + identity.asText() + "\" i basversionen",
                    "no " + fact.asText() + " with identity \"" + identity.asText() + "\" in the base version"
                            + (known.isEmpty() ? " (it has none of that type)" : " (it has: " + String.join(", ", known) + ")"));
        }
        return found;
    }

    private void unknownSource(String at, String cite, Map<String, SourceText> sources) {
        problem(at, "okänd källa \"" + cite + "\"", "unknown source \"" + cite + "\": neither the draft's sources nor the base's have it");
    }

    /** A parameter from its JSON entry, or null with a problem at the field that is wrong. */
    private ParameterFact bind(ObjectMapper mapper, JsonNode node, String at) {
        try {
            ParameterFact p = mapper.treeToValue(node, ParameterFact.class);
            if (p == null) throw new IllegalArgumentException("null");
            p.identity(); // a parameter whose identity cannot be formed (a required field null) is refused here
            return p;
        } catch (UnrecognizedPropertyException e) {
            problem(at + "." + e.getPropertyName(), "okänt fält", "unknown field (one of " + e.getKnownPropertyIds() + ")");
        } catch (JsonMappingException e) {
            StringBuilder path = new StringBuilder(at);
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) path.append('.').append(r.getFieldName());
                else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
            }
            problem(path.toString(), "fel typ eller värde", "wrong type or value: " + CaseReader.describe(e));
        } catch (IOException | RuntimeException e) {
            problem(at, "ofullständig parameter", "incomplete parameter: " + e.getMessage());
        }
        return null;
    }
}
