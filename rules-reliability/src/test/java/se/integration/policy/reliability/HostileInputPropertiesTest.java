package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Key;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.model.Required;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * Input that is not a valid case, made by mutating valid ones, gives only the typed
 * {@link InvalidCaseException}: never another exception, never a stack trace in a message. Each kind
 * of mutation has the answer it must get, and gets exactly that:
 *
 * <ul>
 *   <li>refused, with a problem at the mutated place's own path: a value of the wrong type (other than
 *       null, below), an unknown field (the path of the new field, {@code $.project.unknown}), a
 *       number beyond what the place holds, a number literal longer than 20 characters, an array longer
 *       than 10 000 elements, a bad date (far dates included: a signed or five-digit year);
 *   <li>refused (the parser stops before it knows where it is, {@code $}): truncation, invalid UTF-8,
 *       a duplicate key, content after the case, bad syntax, a string longer than 100 000 characters,
 *       nesting deeper than 32, input that is not an object;
 *   <li>null, or a removed field: accepted at an optional field or a heading's text (null means left
 *       out), refused at the place's path at a required field or (null) as an array element;
 *   <li>nesting within the limit: accepted in the free-form {@code meta}, refused at or below the place
 *       anywhere else;
 *   <li>U+0000 and U+202E (right-to-left override) in a string: accepted where free text is (and
 *       passed through as written), refused at the place's path where the place holds a key, a code, a
 *       date or no string at all.
 * </ul>
 *
 * <p>A wrong type is a JSON value of another type than the case model gives the place (string, whole
 * number, boolean, array, object, from the record components the reader validates against); null is
 * the one such value that can be valid, as above. A mutation that is accepted is still judged as any
 * case is. Unpaired surrogates have a property of their own.
 */
class HostileInputPropertiesTest {

    enum Kind {
        WRONG_TYPE, UNKNOWN_FIELD, REMOVED_FIELD, NULL_VALUE, TRUNCATED, HUGE_NUMBER, LONG_NUMBER, DEEP_NESTING, INVALID_UTF8,
        ODD_CHARACTER, DUPLICATE_KEY, TRAILING_CONTENT, NOT_JSON_SYNTAX, LONG_STRING, LONG_ARRAY, NOT_AN_OBJECT, BAD_DATE
    }

    /**
     * The answer a mutation must get: accepted, or refused; where the reader can know the place, with
     * a problem at exactly {@code path} (or, {@code orBelow}, at a path inside it).
     */
    record Expected(boolean refused, String path, boolean orBelow, String why) {
        static Expected accepted(String why) { return new Expected(false, null, false, why); }

        static Expected refused(String why) { return new Expected(true, null, false, why); }

        static Expected refusedAt(String path, String why) { return new Expected(true, path, false, why); }

        static Expected refusedAtOrBelow(String path, String why) { return new Expected(true, path, true, why); }

        boolean matches(String problemPath) {
            return problemPath.equals(path) || orBelow && (problemPath.startsWith(path + ".") || problemPath.startsWith(path + "["));
        }

        @Override public String toString() {
            return (refused ? "refused" + (path == null ? "" : (orBelow ? " at or below " : " at ") + path) : "accepted") + " (" + why + ")";
        }
    }

    /** The mutated input and the answer it must get; if accepted, with this caseId (null: not checked). */
    record Mutation(byte[] bytes, Expected expected, String caseId) {
        Mutation(byte[] bytes, Expected expected) { this(bytes, expected, null); }
    }

    /** A valid case, a kind of mutation, and numbers that pick where and how much. */
    record Hostile(GeneratedCase base, Kind kind, int pick, int size) {
        Mutation mutation() { return mutate(this); }

        @Override public String toString() {
            Mutation m = mutation();
            String text = new String(m.bytes(), StandardCharsets.UTF_8);
            return kind + " (pick " + pick + ", size " + size + ") of " + base.policyId() + ", must be " + m.expected() + ": "
                    + (text.length() > 600 ? text.substring(0, 600) + "…[" + text.length() + " chars]" : text);
        }
    }

    @Provide Arbitrary<Hostile> hostile() {
        return Combinators.combine(CaseArbitraries.anyCases(), Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 60_000)).as(Hostile::new);
    }

    @Property(tries = 1500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void hostileInputGetsTheAnswerItsKindMustGetAndOnlyTheTypedError(@ForAll("hostile") Hostile h) {
        // every kind is tried, and where a kind may be accepted or refused, both happen
        Statistics.label("kind").collect(h.kind());
        Statistics.label("kind").coverage(checker -> { for (Kind k : Kind.values()) checker.check(k).count(n -> n >= 30); });
        Mutation m = h.mutation();
        Expected expected = m.expected();
        String outcomes = "outcome of " + h.kind();
        Statistics.label(outcomes).collect(expected.refused() ? "refused" : "accepted");
        if (List.of(Kind.REMOVED_FIELD, Kind.NULL_VALUE, Kind.DEEP_NESTING, Kind.ODD_CHARACTER).contains(h.kind())) {
            Statistics.label(outcomes).coverage(checker -> {
                checker.check("refused").count(n -> n > 0);
                checker.check("accepted").count(n -> n > 0);
            });
        }
        byte[] input = m.bytes();
        PolicyCase c;
        try {
            c = Project.ENGINE.read(input);
        } catch (InvalidCaseException e) {
            wellFormed(e);
            sameFromText(input, true);
            assertThat(expected.refused()).as("refused, but must be %s: %s", expected, e.problems()).isTrue();
            if (expected.path() != null) {
                assertThat(e.problems()).as("the problems, which must be %s", expected).anyMatch(p -> expected.matches(p.path()));
            }
            return;
        }
        sameFromText(input, false);
        assertThat(expected.refused()).as("accepted, but must be %s", expected).isFalse();
        if (m.caseId() != null) assertThat(c.caseId()).as("the caseId as written").isEqualTo(m.caseId());
        // still a valid case: it is judged, or refused as input under the package (a typed error too)
        PolicyPackage p = h.base().policy() != null ? h.base().policy() : Project.packages().get(0);
        try {
            Result r = Project.ENGINE.evaluate(c, p);
            assertThat(Project.ENGINE.toJson(r)).isNotBlank();
            if (m.caseId() != null) assertThat(Judge.tree(r).path("caseId").asText()).as("the caseId echoed").isEqualTo(m.caseId());
        } catch (InvalidCaseException e) {
            wellFormed(e);
        }
    }

    /** Reading the same input as text (where it is text) gives the same answer: refused or accepted. */
    private static void sameFromText(byte[] input, boolean refused) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            return;
        }
        try {
            Project.ENGINE.read(text);
            assertThat(refused).as("the text was accepted where the bytes were refused").isFalse();
        } catch (InvalidCaseException e) {
            wellFormed(e);
            assertThat(refused).as("the text was refused where the bytes were accepted: %s", e.problems()).isTrue();
        }
    }

    /** A JSON path as the reader writes them: {@code $}, then {@code .name} and {@code [index]} steps. */
    static final Pattern PATH = Pattern.compile("\\$(\\.[^.\\[\\]]*|\\[\\d+])*");

    static void wellFormed(InvalidCaseException e) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.path()).as("the path of %s", p).matches(PATH);
            assertThat(p.message()).as("the message of %s", p).isNotBlank().hasSizeLessThan(2_000)
                    .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("java.lang");
        }
    }

    // ---------------------------------------------------------------- unpaired surrogates

    /** A case, and numbers that pick the string and the unpaired surrogate. */
    record Surrogate(GeneratedCase base, int pick, int which) {}

    @Provide Arbitrary<Surrogate> surrogates() {
        return Combinators.combine(CaseArbitraries.anyCases(), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 1_000)).as(Surrogate::new);
    }

    static final List<String> UNPAIRED = List.of("\\ud800", "\\udfff", "\\ud800x", "x\\udbff", "\\udc00\\ud800", "\\ud83d", "a\\ude00b");

    /**
     * An unpaired surrogate (a UTF-16 half with no other half: not a character, and not representable in
     * UTF-8) in a string of the case is refused with the string's path, whether escaped in the JSON
     * ({@code "\ud800"}) or, in a text given as a {@code String}, the char itself.
     */
    @Property(tries = 200)
    void anUnpairedSurrogateInAStringIsRefusedWithTheStringsPath(@ForAll("surrogates") Surrogate s) {
        ObjectNode root = s.base().copy();
        // a free-text string of the case (where nothing else would refuse it), or the caseId
        List<Place> texts = places(root).stream().filter(p -> p.slot().freeText()).toList();
        String path;
        if (s.pick() % 4 == 0 || texts.isEmpty()) {
            root.put("caseId", MARK);
            path = "$.caseId";
        } else {
            Place place = texts.get(s.pick() % texts.size());
            place.set(Json.F.textNode(MARK));
            path = place.path();
        }
        String escaped = UNPAIRED.get(s.which() % UNPAIRED.size());
        String json = root.toString().replace("\"" + MARK + "\"", "\"" + escaped + "\"");
        String raw = root.toString().replace("\"" + MARK + "\"", "\"" + unescape(escaped) + "\"");
        for (Runnable read : List.<Runnable>of(() -> Project.ENGINE.read(utf8(json)), () -> Project.ENGINE.read(raw))) {
            try {
                read.run();
                throw new AssertionError("accepted an unpaired surrogate at " + path + ": " + json);
            } catch (InvalidCaseException e) {
                wellFormed(e);
                assertThat(e.problems()).as("the problems of an unpaired surrogate at %s", path).anyMatch(p -> p.path().equals(path));
            }
        }
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); ) {
            if (escaped.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(escaped.charAt(i++));
            }
        }
        return out.toString();
    }

    @Property(tries = 20)
    void theUnpairedSurrogatesAreUnpairedAndTheOddCharactersAreCharacters(@ForAll @IntRange(min = 0, max = 100) int i) {
        String s = unescape(UNPAIRED.get(i % UNPAIRED.size()));
        boolean unpaired = false;
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (Character.isHighSurrogate(ch) && !(k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1)))) unpaired = true;
            if (Character.isLowSurrogate(ch) && !(k > 0 && Character.isHighSurrogate(s.charAt(k - 1)))) unpaired = true;
        }
        assertThat(unpaired).as("%s has an unpaired surrogate", UNPAIRED.get(i % UNPAIRED.size())).isTrue();
        String odd = unescape(ODD.get(i % ODD.size()));
        assertThat(odd.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).isTrue();
    }

    // ---------------------------------------------------------------- mutations

    static final List<JsonNode> OTHER_VALUES = List.of(Json.F.textNode("x"), Json.F.numberNode(7), Json.F.numberNode(-1),
            Json.F.booleanNode(true), Json.F.nullNode(), Json.F.arrayNode(), Json.F.objectNode(), Json.F.numberNode(1.5),
            Json.F.textNode(""), Json.F.arrayNode().add("RASLATT").add(3));
    /** Number literals no place of a case holds (negative, beyond every range, not whole), each within the 20-character limit. */
    static final List<String> NUMBERS = List.of("1e400", "-1e400", "99999999999999999999", "-9223372036854775809", "9223372036854775808",
            "1.0E10", "0.5", "1000000001", "-1", "1E+2");
    /** Number literals longer than the 20 characters the reader accepts. */
    static final List<String> LONG_NUMBERS = List.of("123456789012345678901234567890", "1" + "0".repeat(5000), "-" + "9".repeat(21),
            "0." + "1".repeat(25));
    /** Things that are no JSON value where a value must be. */
    static final List<String> NOT_VALUES = List.of("NaN", "Infinity", "-Infinity", "01", "+5", "0x10", "1_000", ".5", "1.", "True",
            "undefined", "'x'", "\"x", "\"a\"\"b\"", "[1,]", "{\"a\"}");
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});
    static final List<String> ODD = List.of("\\u0000", "\\u202e", "a\\u0000b", "\\u202eTXT.exe", "\\u0007\\u001b[2J");
    static final List<String> TRAILING = List.of("{}", "x", "]", " {\"kind\":\"ACTION_PLAN\"}", "\u0000", ",", "//", "null");
    static final List<String> NOT_OBJECTS = List.of("[]", "null", "\"text\"", "42", "", "   ", "[{\"kind\":\"GRANT_APPLICATION\"}]", "\uFEFF{}", "{");
    static final List<String> FIELD_NAMES = List.of("unknown", "Kind", "kind ", "@class", "fact", "__proto__", "tillägg", "$type", "");
    static final List<String> DATES = List.of("2024-02-30", "2024-13-01", "24-01-01", "2024-1-1", "2024-01-01T00:00", "", "10000-01-01",
            "2023-02-29", "0000-00-00", "today", "2024/01/01", " 2024-01-01",
            // far dates: a sign or more than four digits of year is not YYYY-MM-DD (the rules' date arithmetic
            // once threw on them, ending a whole batch)
            "+999999999-12-31", "+12345-01-01", "-0001-01-01", "+2024-01-01", "-999999999-01-01", "099999-01-01");
    static final int MAX_DEPTH = 32;
    static final String MARK = "@@MARK@@";

    static Mutation mutate(Hostile h) {
        ObjectNode root = h.base().copy();
        List<Place> places = places(root);
        Place place = places.get(h.pick() % places.size());
        int size = h.size();
        switch (h.kind()) {
            case WRONG_TYPE -> {
                // a value of another JSON type than the model gives the place
                JsonNode other = OTHER_VALUES.get(size % OTHER_VALUES.size());
                for (int i = 1; other.getNodeType() == place.slot().jsonType(); i++) other = OTHER_VALUES.get((size + i) % OTHER_VALUES.size());
                place.set(other.deepCopy());
                return new Mutation(utf8(root.toString()), other.isNull() ? nullAt(place)
                        : Expected.refusedAt(place.path(), other.getNodeType() + " where the model has " + place.slot().jsonType()));
            }
            case UNKNOWN_FIELD -> {
                Target target = objectAt(root, places, h.pick());
                ObjectNode object = target.object();
                String name = FIELD_NAMES.get(size % FIELD_NAMES.size());
                while (object.has(name) || target.slot().hasField(name)) name = name + "_";
                object.put(name, "x");
                return new Mutation(utf8(root.toString()), Expected.refusedAt(target.path() + "." + name, "an unknown field"));
            }
            case REMOVED_FIELD -> {
                place.remove();
                return new Mutation(utf8(root.toString()), place.index() < 0 && place.slot().required()
                        ? Expected.refusedAt(place.path(), "a required field left out")
                        : Expected.accepted(place.index() < 0 ? "an optional field left out" : "an array element left out"));
            }
            case NULL_VALUE -> {
                place.set(Json.F.nullNode());
                return new Mutation(utf8(root.toString()), nullAt(place));
            }
            case TRUNCATED -> {
                byte[] all = utf8(root.toString());
                byte[] cut = new byte[size % all.length];
                System.arraycopy(all, 0, cut, 0, cut.length);
                return new Mutation(cut, Expected.refused("truncated after " + cut.length + " of " + all.length + " bytes"));
            }
            case HUGE_NUMBER -> {
                String number = NUMBERS.get(size % NUMBERS.size());
                return new Mutation(replaced(root, place, number), Expected.refusedAt(place.path(), "the number " + number));
            }
            case LONG_NUMBER -> {
                String number = LONG_NUMBERS.get(size % LONG_NUMBERS.size());
                // the parser knows whose number it is: refused at the place's own path
                return new Mutation(replaced(root, place, number), Expected.refusedAt(place.path(), "a number literal of " + number.length() + " characters"));
            }
            case DEEP_NESTING -> {
                // half the time close to the limit (within or just beyond it), else far beyond
                int depth = size % 2 == 0 ? 25 + size / 2 % 15 : 40 + size % 5000;
                boolean arrays = size / 3 % 2 == 0;
                String deep = arrays ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                // in the free-form meta (an object: {"deep": …}), or at a place of the case
                boolean inMeta = size / 5 % 2 == 0;
                int total = (inMeta ? 2 : place.depth()) + depth;
                Expected expected = total > MAX_DEPTH ? Expected.refused("nested " + total + " deep")
                        : inMeta ? Expected.accepted("nested " + total + " deep in the free-form meta")
                        : Expected.refusedAtOrBelow(place.path(), "nested " + total + " deep where the model has " + place.slot().jsonType());
                if (inMeta) {
                    root.putObject("meta").put("deep", MARK);
                    return new Mutation(utf8(root.toString().replace("\"" + MARK + "\"", deep)), expected);
                }
                return new Mutation(replaced(root, place, deep), expected);
            }
            case INVALID_UTF8 -> {
                byte[] all = utf8(root.toString());
                byte[] bad = BAD_UTF8.get(size % BAD_UTF8.size());
                int at = h.pick() % (all.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(all, 0, at);
                out.writeBytes(bad);
                out.write(all, at, all.length - at);
                return new Mutation(out.toByteArray(), Expected.refused("invalid UTF-8 at byte " + at));
            }
            case ODD_CHARACTER -> {
                // half the time in the caseId, which a result echoes as written
                String escape = ODD.get(size % ODD.size());
                if (h.pick() % 2 == 0) {
                    root.put("caseId", MARK);
                    return new Mutation(utf8(root.toString().replace("\"" + MARK + "\"", "\"" + escape + "\"")),
                            Expected.accepted("control or direction characters in the caseId"), unescape(escape));
                }
                return new Mutation(replaced(root, place, "\"" + escape + "\""), place.slot().freeText()
                        ? Expected.accepted("control or direction characters in free text")
                        : Expected.refusedAt(place.path(), "a string that is not a valid " + place.slot().raw().getSimpleName()));
            }
            case DUPLICATE_KEY -> {
                List<String> names = new ArrayList<>();
                root.fieldNames().forEachRemaining(names::add);
                String name = names.get(h.pick() % names.size());
                String copy = "\"" + name + "\":" + root.get(name) + ",";
                return new Mutation(utf8("{" + copy + root.toString().substring(1)), Expected.refused("the key " + name + " twice"));
            }
            case TRAILING_CONTENT -> {
                return new Mutation(utf8(root.toString() + TRAILING.get(size % TRAILING.size())), Expected.refused("content after the case"));
            }
            case NOT_JSON_SYNTAX -> {
                String json = root.toString();
                return new Mutation(switch (size % 6) {
                    case 0 -> utf8(json.replaceFirst("\"kind\"", "kind"));
                    case 1 -> utf8(json.replaceFirst("\"", "'"));
                    case 2 -> utf8("/* note */" + json);
                    case 3 -> utf8(json.replaceFirst(",", ",,"));
                    case 4 -> utf8(json.substring(0, json.length() - 1) + ",}");
                    default -> replaced(root, place, NOT_VALUES.get(size / 6 % NOT_VALUES.size()));
                }, Expected.refused("not JSON"));
            }
            case LONG_STRING -> {
                place.set(Json.F.textNode("a".repeat(100_001 + size % 10)));
                return new Mutation(utf8(root.toString()), Expected.refused("a string of more than 100 000 characters"));
            }
            case LONG_ARRAY -> {
                // the place's own first element where it is small (so that the case stays within 1 MiB), else a key
                JsonNode first = place.get().isArray() && place.get().size() > 0 ? place.get().get(0) : null;
                JsonNode element = first != null && first.toString().length() <= 60 ? first : Json.F.textNode("STATUTES");
                ArrayNode big = Json.F.arrayNode();
                for (int i = 0; i < 10_001 + size % 10; i++) big.add(element.deepCopy());
                place.set(big);
                return new Mutation(utf8(root.toString()), Expected.refusedAt(place.path(), big.size() + " elements"));
            }
            case NOT_AN_OBJECT -> {
                return new Mutation(utf8(NOT_OBJECTS.get(size % NOT_OBJECTS.size())), Expected.refused("not a JSON object"));
            }
            case BAD_DATE -> {
                String date = DATES.get(size % DATES.size());
                List<Place> dates = places.stream().filter(p -> p.slot().raw() == LocalDate.class).toList();
                if (dates.isEmpty()) {
                    root.put("asOf", date);
                    return new Mutation(utf8(root.toString()), Expected.refusedAt("$.asOf", "the date \"" + date + "\""));
                }
                Place at = dates.get(h.pick() % dates.size());
                at.set(Json.F.textNode(date));
                return new Mutation(utf8(root.toString()), Expected.refusedAt(at.path(), "the date \"" + date + "\""));
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Null at a place: left out where the model allows that, else refused there. */
    private static Expected nullAt(Place place) {
        if (place.slot().nullable()) return Expected.accepted("null for an optional field or a heading's text, as if left out");
        return Expected.refusedAt(place.path(), place.index() >= 0 ? "null as an array element" : "null for a required field");
    }

    /** The case with the place's value replaced by a piece of JSON text as it is. */
    private static byte[] replaced(ObjectNode root, Place place, String jsonText) {
        place.set(Json.F.textNode(MARK));
        return utf8(root.toString().replace("\"" + MARK + "\"", jsonText));
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    // ---------------------------------------------------------------- the places of a case, and what the model says they hold

    /**
     * What the case model (the record classes of contract §1, which the reader validates against) says
     * a place holds: its Java type, whether it must be there, whether its texts are keys, and whether it
     * is an element of an array.
     */
    record Slot(Class<?> raw, Type type, boolean required, boolean key, boolean arrayElement) {
        static Slot root(String kind) {
            Class<?> type = switch (CaseKind.valueOf(kind)) {
                case GRANT_APPLICATION -> GrantApplication.class;
                case ACTION_PLAN -> ActionPlan.class;
                case ALLOCATION -> Allocation.class;
            };
            return new Slot(type, type, true, false, false);
        }

        /** A field of a record, or a value of a map (a heading's text). */
        Slot field(String name) {
            if (Map.class.isAssignableFrom(raw)) {
                Type value = ((ParameterizedType) type).getActualTypeArguments()[1];
                return new Slot(rawClass(value), value, false, false, false);
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return new Slot(rawClass(c.getGenericType()), c.getGenericType(), c.isAnnotationPresent(Required.class),
                            c.isAnnotationPresent(Key.class), false);
                }
            }
            throw new IllegalStateException("the case model has no field " + name + " in " + raw.getSimpleName());
        }

        /** Whether a field (or, of a heading map, a key) of this name may stand here. */
        boolean hasField(String name) {
            if (Map.class.isAssignableFrom(raw)) {
                Class<?> keys = rawClass(((ParameterizedType) type).getActualTypeArguments()[0]);
                // open keys (headings, follow-up sections): a key present is found by has(); no name of FIELD_NAMES is a well-formed key
                if (!keys.isEnum()) return false;
                for (Object k : keys.getEnumConstants()) {
                    if (((Enum<?>) k).name().equals(name)) return true;
                }
                return false;
            }
            for (RecordComponent c : raw.getRecordComponents()) if (c.getName().equals(name)) return true;
            return false;
        }

        Slot element() {
            Type e = ((ParameterizedType) type).getActualTypeArguments()[0];
            return new Slot(rawClass(e), e, false, key, true);
        }

        /** Text that is free (a name, a title, a heading's text), not a key, a code or a date. */
        boolean freeText() { return raw == String.class && !key; }

        /** Whether null may stand here (meaning left out): an optional field or a heading's text, not a required field or an array element. */
        boolean nullable() { return !required && !arrayElement; }

        /** The JSON type of the values the model takes here. */
        JsonNodeType jsonType() {
            if (raw == String.class || raw.isEnum() || raw == LocalDate.class) return JsonNodeType.STRING;
            if (raw == Long.class || raw == Integer.class || raw == long.class || raw == int.class) return JsonNodeType.NUMBER;
            if (raw == Boolean.class || raw == boolean.class) return JsonNodeType.BOOLEAN;
            if (List.class.isAssignableFrom(raw)) return JsonNodeType.ARRAY;
            if (raw.isRecord() || Map.class.isAssignableFrom(raw)) return JsonNodeType.OBJECT;
            throw new IllegalStateException("a type of the case model this test does not know: " + type);
        }

        private static Class<?> rawClass(Type t) {
            return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
        }
    }

    /**
     * A place in the case tree (not the root, not inside the free-form meta), where a value can be read,
     * replaced or removed; {@code depth}: the arrays and objects around it, the root included.
     */
    record Place(JsonNode parent, String field, int index, String path, Slot slot, int depth) {
        JsonNode get() { return parent.isObject() ? parent.get(field) : parent.get(index); }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) o.set(field, value);
            else ((ArrayNode) parent).set(index, value);
        }

        void remove() {
            if (parent instanceof ObjectNode o) o.remove(field);
            else ((ArrayNode) parent).remove(index);
        }
    }

    static List<Place> places(ObjectNode root) {
        List<Place> out = new ArrayList<>();
        places(root, "$", Slot.root(root.get("kind").asText()), 1, out);
        return out;
    }

    private static void places(JsonNode node, String path, Slot slot, int depth, List<Place> out) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (path.equals("$") && e.getKey().equals("meta")) continue;
                String p = path + "." + e.getKey();
                Slot s = slot.field(e.getKey());
                out.add(new Place(o, e.getKey(), -1, p, s, depth));
                places(e.getValue(), p, s, depth + 1, out);
            }
        } else if (node instanceof ArrayNode a) {
            Slot s = slot.element();
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Place(a, null, i, p, s, depth));
                places(a.get(i), p, s, depth + 1, out);
            }
        }
    }

    /** An object of the case: the root, a record or a heading map, with its path and what the model says it is. */
    record Target(ObjectNode object, String path, Slot slot) {}

    private static Target objectAt(ObjectNode root, List<Place> places, int pick) {
        List<Target> objects = new ArrayList<>();
        objects.add(new Target(root, "$", Slot.root(root.get("kind").asText())));
        for (Place p : places) if (p.get() instanceof ObjectNode o) objects.add(new Target(o, p.path(), p.slot()));
        return objects.get(pick % objects.size());
    }
}
