package se.integration.policy.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * A small vocabulary for generating JSON with jqwik: objects whose fields may be absent
 * ({@link #ABSENT}), arrays, texts, dates. Every generated container is a new node, so a test may
 * change a copy ({@code deepCopy()}) without touching other samples.
 */
final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** A field value meaning "leave the field out". */
    static final JsonNode ABSENT = MissingNode.getInstance();

    private Json() {}

    /** An object from (name, arbitrary) pairs; a field whose value is {@link #ABSENT} is left out. */
    @SuppressWarnings("unchecked")
    static Arbitrary<JsonNode> object(Object... namesAndValues) {
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            names.add((String) namesAndValues[i]);
            values.add((Arbitrary<JsonNode>) namesAndValues[i + 1]);
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode o = F.objectNode();
            for (int i = 0; i < names.size(); i++) {
                JsonNode v = list.get(i);
                if (!v.isMissingNode()) o.set(names.get(i), v.deepCopy());
            }
            return (JsonNode) o;
        });
    }

    /** An object with the given keys, each value drawn from {@code value} (absent values left out). */
    static Arbitrary<JsonNode> objectOfKeys(List<String> keys, Arbitrary<JsonNode> value) {
        Object[] pairs = new Object[keys.size() * 2];
        for (int i = 0; i < keys.size(); i++) {
            pairs[2 * i] = keys.get(i);
            pairs[2 * i + 1] = value;
        }
        return object(pairs);
    }

    static Arbitrary<JsonNode> array(Arbitrary<JsonNode> element, int min, int max) {
        return element.list().ofMinSize(min).ofMaxSize(max).map(list -> {
            ArrayNode a = F.arrayNode();
            list.forEach(n -> a.add(n.deepCopy()));
            return (JsonNode) a;
        });
    }

    /** Absent one time in {@code oneIn}, else a value. */
    static Arbitrary<JsonNode> maybe(Arbitrary<JsonNode> value, int oneIn) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(ABSENT)), Tuple.of(oneIn - 1, value));
    }

    static Arbitrary<JsonNode> maybe(Arbitrary<JsonNode> value) { return maybe(value, 4); }

    static Arbitrary<JsonNode> just(String text) { return Arbitraries.just(F.textNode(text)); }

    static Arbitrary<JsonNode> just(JsonNode node) { return Arbitraries.just(node); }

    static Arbitrary<JsonNode> texts(Arbitrary<String> strings) { return strings.map(s -> (JsonNode) F.textNode(s)); }

    static Arbitrary<JsonNode> date(Arbitrary<LocalDate> dates) { return dates.map(d -> (JsonNode) F.textNode(d.toString())); }

    static Arbitrary<JsonNode> date(LocalDate d) { return just(d.toString()); }

    static Arbitrary<JsonNode> longs(Arbitrary<Long> numbers) { return numbers.map(n -> (JsonNode) F.numberNode(n)); }

    static Arbitrary<JsonNode> ints(Arbitrary<Integer> numbers) { return numbers.map(n -> (JsonNode) F.numberNode(n)); }

    static Arbitrary<JsonNode> booleans() { return Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)); }

    /** One of the constants of an enum, by name. */
    static Arbitrary<JsonNode> constant(Class<? extends Enum<?>> type) {
        List<String> names = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) names.add(e.name());
        return Arbitraries.of(names).map(s -> (JsonNode) F.textNode(s));
    }

    static Arbitrary<JsonNode> oneOfTexts(List<String> values) { return Arbitraries.of(values).map(s -> (JsonNode) F.textNode(s)); }

    static Arbitrary<JsonNode> oneOf(List<Arbitrary<JsonNode>> alternatives) { return Arbitraries.oneOf(alternatives); }
}
