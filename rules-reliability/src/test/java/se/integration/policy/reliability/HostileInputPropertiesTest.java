package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * Input that is not a valid case, made by mutating valid ones (wrong types, unknown fields,
 * truncation, huge numbers, deep nesting, invalid UTF-8, duplicate keys, trailing content, limits
 * exceeded, and more) gives only the typed {@link InvalidCaseException}, every problem with a JSON
 * path starting with {@code $}: never another exception, never a stack trace in a message. Input
 * that happens to stay valid is judged as any case is.
 */
class HostileInputPropertiesTest {

    enum Kind {
        WRONG_TYPE, UNKNOWN_FIELD, REMOVED_FIELD, NULL_VALUE, TRUNCATED, HUGE_NUMBER, DEEP_NESTING, INVALID_UTF8,
        LONE_SURROGATE, DUPLICATE_KEY, TRAILING_CONTENT, NOT_JSON_SYNTAX, LONG_STRING, LONG_ARRAY, NOT_AN_OBJECT, BAD_DATE
    }

    /** A valid case, a kind of mutation, and numbers that pick where and how much. */
    record Hostile(GeneratedCase base, Kind kind, int pick, int size) {
        byte[] bytes() { return mutate(this); }

        @Override public String toString() {
            String text = new String(bytes(), StandardCharsets.UTF_8);
            return kind + " (pick " + pick + ", size " + size + ") of " + base.policyId() + ": "
                    + (text.length() > 600 ? text.substring(0, 600) + "…[" + text.length() + " chars]" : text);
        }
    }

    @Provide Arbitrary<Hostile> hostile() {
        return Combinators.combine(CaseArbitraries.anyCases(), Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 60_000)).as(Hostile::new);
    }

    @Property(tries = 1500)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void hostileInputGivesOnlyTheTypedErrorWithAJsonPath(@ForAll("hostile") Hostile h) {
        // most mutations must really make the input invalid, or the property tests little
        Statistics.label("outcome").coverage(checker -> checker.check("refused").percentage(p -> p > 50));
        byte[] input = h.bytes();
        PolicyCase c;
        try {
            c = Project.ENGINE.read(input);
        } catch (InvalidCaseException e) {
            wellFormed(e);
            sameFromText(input, true);
            Statistics.label("outcome").collect("refused");
            return;
        }
        sameFromText(input, false);
        // still a valid case: it is judged, or refused as input under the package (a typed error too)
        PolicyPackage p = h.base().policy() != null ? h.base().policy() : Project.packages().get(0);
        try {
            Result r = Project.ENGINE.evaluate(c, p);
            assertThat(Project.ENGINE.toJson(r)).isNotBlank();
            Statistics.label("outcome").collect("judged");
        } catch (InvalidCaseException e) {
            wellFormed(e);
            Statistics.label("outcome").collect("refused by the package");
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

    static void wellFormed(InvalidCaseException e) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
            assertThat(p.path()).as("the path of %s", p).startsWith("$");
            assertThat(p.message()).as("the message of %s", p).isNotBlank().hasSizeLessThan(2_000)
                    .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("java.lang");
        }
    }

    // ---------------------------------------------------------------- mutations

    static final List<JsonNode> OTHER_VALUES = List.of(Json.F.textNode("x"), Json.F.numberNode(7), Json.F.numberNode(-1),
            Json.F.booleanNode(true), Json.F.nullNode(), Json.F.arrayNode(), Json.F.objectNode(), Json.F.numberNode(1.5),
            Json.F.textNode(""), Json.F.arrayNode().add("RASLATT").add(3));
    static final List<String> NUMBERS = List.of("1e400", "123456789012345678901234567890", "99999999999999999999",
            "-9223372036854775809", "9223372036854775808", "1.0E10", "-0", "0.5", "1000000001", "NaN", "Infinity", "-1",
            "01", "1_000", "0x10", "+5", "1" + "0".repeat(5000));
    static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82});
    static final List<String> TRAILING = List.of("{}", "x", "]", " {\"kind\":\"ACTION_PLAN\"}", "\u0000", ",", "//", "null");
    static final List<String> NOT_OBJECTS = List.of("[]", "null", "\"text\"", "42", "", "   ", "[{\"kind\":\"GRANT_APPLICATION\"}]", "\uFEFF{}", "{");
    static final List<String> FIELD_NAMES = List.of("unknown", "Kind", "kind ", "@class", "fact", "__proto__", "tillägg", "$type", "");
    static final List<String> DATES = List.of("2024-02-30", "2024-13-01", "24-01-01", "2024-1-1", "2024-01-01T00:00", "", "10000-01-01",
            "2023-02-29", "0000-00-00", "today", "2024/01/01", " 2024-01-01");
    static final String MARK = "@@MARK@@";

    static byte[] mutate(Hostile h) {
        ObjectNode root = h.base().copy();
        List<Place> places = new ArrayList<>();
        places(root, "$", places);
        Place place = places.get(h.pick() % places.size());
        int size = h.size();
        switch (h.kind()) {
            case WRONG_TYPE -> {
                JsonNode now = place.get();
                JsonNode other = OTHER_VALUES.get(h.pick() % OTHER_VALUES.size());
                if (other.getNodeType() == now.getNodeType()) other = now.isTextual() ? Json.F.numberNode(3) : Json.F.textNode("3");
                place.set(other.deepCopy());
                return utf8(root.toString());
            }
            case UNKNOWN_FIELD -> {
                ObjectNode target = objectAt(root, places, h.pick());
                String name = FIELD_NAMES.get(size % FIELD_NAMES.size());
                while (target.has(name)) name = name + "_";
                target.put(name, "x");
                return utf8(root.toString());
            }
            case REMOVED_FIELD -> {
                place.remove();
                return utf8(root.toString());
            }
            case NULL_VALUE -> {
                place.set(Json.F.nullNode());
                return utf8(root.toString());
            }
            case TRUNCATED -> {
                byte[] all = utf8(root.toString());
                byte[] cut = new byte[size % all.length];
                System.arraycopy(all, 0, cut, 0, cut.length);
                return cut;
            }
            case HUGE_NUMBER -> {
                place.set(Json.F.textNode(MARK));
                return utf8(root.toString().replace("\"" + MARK + "\"", NUMBERS.get(size % NUMBERS.size())));
            }
            case DEEP_NESTING -> {
                int depth = 20 + size % 5000;
                boolean arrays = size % 2 == 0;
                String deep = arrays ? "[".repeat(depth) + "1" + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                if (size % 3 == 0 || !root.has("meta")) root.put("meta", MARK);
                else place.set(Json.F.textNode(MARK));
                return utf8(root.toString().replace("\"" + MARK + "\"", deep));
            }
            case INVALID_UTF8 -> {
                byte[] all = utf8(root.toString());
                byte[] bad = BAD_UTF8.get(size % BAD_UTF8.size());
                int at = h.pick() % (all.length + 1);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(all, 0, at);
                out.writeBytes(bad);
                out.write(all, at, all.length - at);
                return out.toByteArray();
            }
            case LONE_SURROGATE -> {
                place.set(Json.F.textNode(MARK));
                String escape = List.of("\\ud800", "\\udfff", "\\ud800x", "\\u0000", "\\u202e").get(size % 5);
                return utf8(root.toString().replace("\"" + MARK + "\"", "\"" + escape + "\""));
            }
            case DUPLICATE_KEY -> {
                List<String> names = new ArrayList<>();
                root.fieldNames().forEachRemaining(names::add);
                String name = names.get(h.pick() % names.size());
                String copy = "\"" + name + "\":" + root.get(name) + ",";
                return utf8("{" + copy + root.toString().substring(1));
            }
            case TRAILING_CONTENT -> {
                return utf8(root.toString() + TRAILING.get(size % TRAILING.size()));
            }
            case NOT_JSON_SYNTAX -> {
                String json = root.toString();
                return utf8(switch (size % 5) {
                    case 0 -> json.replaceFirst("\"kind\"", "kind");
                    case 1 -> json.replaceFirst("\"", "'");
                    case 2 -> "/* note */" + json;
                    case 3 -> json.replaceFirst(",", ",,");
                    default -> json.substring(0, json.length() - 1) + ",}";
                });
            }
            case LONG_STRING -> {
                place.set(Json.F.textNode("a".repeat(100_001 + size % 10)));
                return utf8(root.toString());
            }
            case LONG_ARRAY -> {
                ArrayNode big = Json.F.arrayNode();
                JsonNode element = place.get().isArray() && place.get().size() > 0 ? place.get().get(0) : Json.F.textNode("STATUTES");
                for (int i = 0; i < 10_001 + size % 10; i++) big.add(element.deepCopy());
                place.set(big);
                return utf8(root.toString());
            }
            case NOT_AN_OBJECT -> {
                return utf8(NOT_OBJECTS.get(size % NOT_OBJECTS.size()));
            }
            case BAD_DATE -> {
                place.set(Json.F.textNode(DATES.get(size % DATES.size())));
                return utf8(root.toString());
            }
            default -> throw new IllegalStateException();
        }
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** A place in the case tree (not the root, not inside the free-form meta), where a value can be read, replaced or removed. */
    record Place(JsonNode parent, String field, int index, String path) {
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

    static void places(JsonNode node, String path, List<Place> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (path.equals("$") && e.getKey().equals("meta")) continue;
                String p = path + "." + e.getKey();
                out.add(new Place(o, e.getKey(), -1, p));
                places(e.getValue(), p, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Place(a, null, i, p));
                places(a.get(i), p, out);
            }
        }
    }

    private static ObjectNode objectAt(ObjectNode root, List<Place> places, int pick) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(root);
        for (Place p : places) if (p.get() instanceof ObjectNode o) objects.add(o);
        return objects.get(pick % objects.size());
    }
}
