package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.internal.read.CaseSchema;
import se.integration.policy.core.read.InvalidCaseException;

/**
 * Keeps the published case schema true: every example and case file of the project is valid against
 * it, and for mutations of them (fields removed, nulled, retyped, out of range, unknown), the schema
 * and the strict reader agree on what is acceptable, with one documented exception: a whole number
 * written with a fraction (60000.0), an integer to JSON Schema but not to the reader.
 */
class CaseSchemaConformanceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(CaseSchema.published());
    static final CaseReader READER = new CaseReader();

    /** Every case the project carries: the examples and each package's case files and recorded decisions. */
    static List<JsonNode> projectCases() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(".."), 8)) {
            s.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> !p.toString().contains("/examples/drafts/")) // draft revisions, not cases
                    .filter(p -> p.toString().contains("/examples/") || p.toString().contains("/src/test/resources/cases/")
                            || p.toString().contains("/src/test/resources/decisions/"))
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"))
                    .sorted().forEach(files::add);
        }
        for (Path f : files) {
            List<String> docs = f.toString().endsWith(".jsonl") ? Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList()
                    : List.of(Files.readString(f));
            for (String d : docs) {
                JsonNode n = JSON.readTree(d);
                cases.add(n.has("case") ? n.get("case") : n);
            }
        }
        assertThat(cases).hasSizeGreaterThan(4);
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAndCaseFileOfTheProjectIsValidAgainstTheSchema() throws IOException {
        return projectCases().stream().map(c -> DynamicTest.dynamicTest(c.path("caseId").asText(c.path("kind").asText()),
                () -> assertThat(SCHEMA.validate(c)).isEmpty()));
    }

    /**
     * A whole number written with a fraction: an integer to JSON Schema 2020-12 (whose integers are numbers with a zero
     * fractional part), not to the reader (which wants 60000, not 60000.0 or 6E4). The one documented exception to the
     * schema and the reader agreeing, listed in the schema's description.
     */
    static final JsonNode WHOLE_DECIMAL = JsonNodeFactory.instance.numberNode(60000.0);

    @Test
    void theSchemaAndTheReaderAgreeOnEveryMutationOfEveryProjectCase() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int[] count = {0}, exceptions = {0};
        for (JsonNode c : projectCases()) {
            mutations(c, (m, replacement) -> {
                count[0]++;
                boolean schemaValid = SCHEMA.validate(m).isEmpty();
                boolean readerAccepts;
                String problems = "";
                try {
                    READER.read(m);
                    readerAccepts = true;
                } catch (InvalidCaseException e) {
                    readerAccepts = false;
                    problems = e.getMessage();
                }
                if (replacement == WHOLE_DECIMAL && schemaValid && !readerAccepts && problems.contains("must be a whole number, not 60000.0")) {
                    exceptions[0]++;
                } else if (schemaValid != readerAccepts && disagreements.size() < 20) {
                    disagreements.add((schemaValid ? "schema accepts, reader rejects: " : "schema rejects, reader accepts: ") + m);
                }
            });
        }
        assertThat(count[0]).isGreaterThan(1000);
        assertThat(disagreements).isEmpty();
        assertThat(exceptions[0]).as("amounts written as 60000.0: valid to the schema, not to the reader").isPositive();
        assertThat(CaseSchema.published().path("description").asText()).contains("60000, not 60000.0 or 6E4");
    }

    @Test
    void aCaseWithoutAKindIsOneSchemaErrorNotThreeKindsOfCase() throws IOException {
        ObjectNode c = (ObjectNode) projectCases().get(0).deepCopy();
        c.remove("kind");
        assertThat(SCHEMA.validate(c)).singleElement().asString().contains("kind");
        assertThat(CaseSchema.published().path("allOf")).allSatisfy(cond -> assertThat(cond.path("if").path("required").toString()).isEqualTo("[\"kind\"]"));
    }

    @Test
    void theSchemaDescriptionListsTheLimitsTheReaderAddsAndTheyHold() throws IOException {
        String description = CaseSchema.published().path("description").asText();
        assertThat(description).contains("UTF-16").contains("nest at most 32 deep, meta included").contains("1048576 bytes");
        ObjectNode c = (ObjectNode) projectCases().get(0).deepCopy();
        ObjectNode meta = JsonNodeFactory.instance.objectNode(), inner = meta;
        for (int i = 0; i < 40; i++) inner = inner.putObject("x");
        c.set("meta", meta);
        assertThat(SCHEMA.validate(c)).as("the schema cannot limit nesting").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.read(c.toString())).isInstanceOf(InvalidCaseException.class);
    }

    /**
     * Each field removed, set to null, to a string, to a number, to a whole number with a fraction, to -1, to an object, and an
     * unknown field added — at every depth. The sink gets the mutated case and the value put in (null where a field is removed or
     * added).
     */
    static void mutations(JsonNode root, BiConsumer<JsonNode, JsonNode> sink) {
        mutate(root, root, sink);
    }

    private static void mutate(JsonNode root, JsonNode node, BiConsumer<JsonNode, JsonNode> sink) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (node == root && (n.equals("meta") || n.equals("kind"))) continue; // meta is free-form; kind picks the model
                JsonNode original = o.get(n);
                for (JsonNode replacement : List.of(f.nullNode(), f.textNode("x"), f.numberNode(7), WHOLE_DECIMAL, f.numberNode(-1), f.objectNode(),
                        f.arrayNode(), f.booleanNode(true))) {
                    o.set(n, replacement);
                    sink.accept(root, replacement);
                }
                o.remove(n);
                sink.accept(root, null);
                o.set(n, original);
                mutate(root, original, sink);
            }
            o.put("unknownField", 1);
            sink.accept(root, null);
            o.remove("unknownField");
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                JsonNode original = a.get(i);
                for (JsonNode replacement : List.of(f.nullNode(), f.textNode("x"), f.numberNode(7))) {
                    a.set(i, replacement);
                    sink.accept(root, replacement);
                }
                a.set(i, original);
                mutate(root, original, sink);
            }
        }
    }

    @Test
    void topLevelFieldsAreMutatedToo() throws IOException {
        JsonNode c = projectCases().get(0).deepCopy();
        List<String> seen = new ArrayList<>();
        ObjectNode o = (ObjectNode) c;
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) seen.add(it.next());
        for (String n : seen) {
            if (n.equals("meta")) continue;
            JsonNode original = o.get(n);
            o.remove(n);
            boolean schemaValid = SCHEMA.validate(o).isEmpty();
            boolean reader;
            try { READER.read(o); reader = true; } catch (InvalidCaseException e) { reader = false; }
            assertThat(schemaValid).as("without %s: schema %s, reader %s", n, schemaValid, reader).isEqualTo(reader);
            o.set(n, JsonNodeFactory.instance.numberNode(-1));
            schemaValid = SCHEMA.validate(o).isEmpty();
            try { READER.read(o); reader = true; } catch (InvalidCaseException e) { reader = false; }
            assertThat(schemaValid).as("%s = -1: schema %s, reader %s", n, schemaValid, reader).isEqualTo(reader);
            o.set(n, original);
        }
    }
}
