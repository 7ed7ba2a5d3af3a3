package se.integration.policy.core.internal.read;

import se.integration.policy.core.read.Problem;
import se.integration.policy.core.read.InvalidCaseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.PolicyCase;

/**
 * Reads a case strictly (contract §1): malformed JSON, unknown fields, unknown enum values or keys,
 * bad dates, negative or out-of-range numbers, an end before a start or a missing {@code kind} give
 * one {@link InvalidCaseException} listing every problem with its JSON path.
 *
 * <p>Jackson is used with its safe defaults: no default typing, no polymorphic type ids from the
 * input (the record class is chosen from {@code kind} against a closed list), and limits on
 * document size, nesting depth, number and string length. Thread-safe; share one instance.
 */
public final class CaseReader {

    private final ObjectMapper mapper;

    public CaseReader() { this.mapper = strictMapper(); }

    /** The mapper used for cases: strict, with limits. Exposed for the writer and for tools. */
    public static ObjectMapper strictMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
                .maxStringLength(Limits.MAX_STRING_LENGTH)
                .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
                .build();
        JsonMapper mapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new JavaTimeModule())
                .build();
        mapper.getFactory().setStreamReadConstraints(limits);
        return mapper;
    }

    /** Reads one case from UTF-8 bytes. */
    public PolicyCase read(byte[] json) {
        if (json.length > Limits.MAX_DOCUMENT_BYTES) {
            throw new InvalidCaseException("$", "the case is " + json.length + " bytes; at most "
                    + Limits.MAX_DOCUMENT_BYTES + " are accepted");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            throw new InvalidCaseException("$", "the input is not valid UTF-8");
        }
        return read(new String(json, StandardCharsets.UTF_8));
    }

    /** A byte order mark some editors put first in a UTF-8 file; it says nothing about the case. */
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Reads one case from a JSON text. */
    public PolicyCase read(String json) { return read(tree(json)); }

    /**
     * Parses a JSON text to a tree as the reader does before it reads a case (a recorded decision too): a
     * byte order mark skipped; the limits on size, nesting, numbers and strings; duplicate keys, trailing
     * content and an empty input refused; malformed JSON described without Jackson's internals.
     */
    public JsonNode tree(String json) {
        if (!json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK) json = json.substring(1);
        // the limit is in bytes of UTF-8, as for read(byte[]) and a .json file: a character takes 1 to 3
        // (a surrogate pair 4), so a text of at most a third of the limit in characters needs no counting
        if (json.length() > Limits.MAX_DOCUMENT_BYTES / 3) {
            long bytes = utf8Length(json);
            if (bytes > Limits.MAX_DOCUMENT_BYTES) {
                throw new InvalidCaseException("$", "the case is " + bytes + " bytes in UTF-8; at most " + Limits.MAX_DOCUMENT_BYTES + " are accepted");
            }
        }
        JsonNode tree;
        JsonParser at = null;
        try (JsonParser parser = mapper.createParser(json)) {
            at = parser;
            // trailing content is reported below, in the reader's own words (not Jackson's feature name)
            tree = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (parser.nextToken() != null) throw new InvalidCaseException("$", "unexpected content after the case object");
        } catch (StreamConstraintsException e) {
            // a value over a length limit: the parser knows whose value it is (nesting stays at "$": its path is the problem)
            String message = "malformed JSON: " + describe(e);
            if (at != null && e.getLocation() == null) {
                var loc = at.currentLocation();
                if (loc != null && loc.getLineNr() > 0) message += " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            }
            String path = at == null || e.getOriginalMessage().startsWith("Document nesting depth") ? "$" : path(at.getParsingContext());
            throw new InvalidCaseException(path, message);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException("$", "malformed JSON: " + describe(e));
        } catch (IOException e) {
            throw new InvalidCaseException("$", "unreadable input: " + e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) throw new InvalidCaseException("$", "the input is empty");
        return tree;
    }

    /** Validates and binds a parsed JSON tree. */
    public PolicyCase read(JsonNode tree) {
        if (!tree.isObject()) throw new InvalidCaseException("$", "a case must be a JSON object");
        List<Problem> problems = new ArrayList<>();
        JsonNode kindNode = tree.get("kind");
        Class<? extends PolicyCase> type = null;
        if (kindNode == null || kindNode.isNull()) {
            problems.add(new Problem("$.kind", "is required (one of " + TreeValidator.names(CaseKind.class) + ")"));
        } else if (!kindNode.isTextual() || !TreeValidator.isConstant(CaseKind.class, kindNode.asText())) {
            problems.add(new Problem("$.kind", "must be one of " + TreeValidator.names(CaseKind.class)
                    + ", not " + TreeValidator.show(kindNode)));
        } else {
            type = switch (CaseKind.valueOf(kindNode.asText())) {
                case GRANT_APPLICATION -> GrantApplication.class;
                case ACTION_PLAN -> ActionPlan.class;
                case ALLOCATION -> Allocation.class;
            };
        }
        if (type == null) {
            // Still report the other problems we can find without knowing the kind.
            throw new InvalidCaseException(problems);
        }
        // Validate the types first; a tree with no problem is bound once and its relations checked on the
        // bound records. A tree with problems is validated again the thorough way, so that each record's
        // relations are still checked (on the record alone) and every problem is reported at once.
        new TreeValidator(problems, false).validateRecord(type, (ObjectNode) tree, "$", true);
        if (!problems.isEmpty()) {
            problems.clear();
            new TreeValidator(problems, true).validateRecord(type, (ObjectNode) tree, "$", true);
            throw new InvalidCaseException(problems);
        }
        PolicyCase bound;
        try {
            bound = mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // The validator accepts only what binds; reaching here is a defect, but still the user's input
            // (a record that cannot be bound by itself is named by the thorough validation).
            new TreeValidator(problems, true).validateRecord(type, (ObjectNode) tree, "$", true);
            if (!problems.isEmpty()) throw new InvalidCaseException(problems);
            throw new InvalidCaseException("$", "cannot be read: " + describe(e));
        }
        new TreeValidator(problems, false).checkRelations(bound, "$");
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
        // checked: marked, so that PolicyEngine.evaluate does not check it again (ReadCases)
        return ReadCases.mark(bound);
    }

    /** How many times {@link #check(PolicyCase)} has checked a case, in this class loader (tests, benchmarks). */
    private static final java.util.concurrent.atomic.LongAdder CHECKS = new java.util.concurrent.atomic.LongAdder();

    /** @return how many cases {@link #check(PolicyCase)} has checked in this class loader: a case read is not among them */
    public static long checksMade() { return CHECKS.sum(); }

    /** The JSON path ({@code $.amounts.requested}, {@code $.payments[2].amount}) of where a parser is. */
    static String path(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) parts.push("." + c.getCurrentName());
        }
        return "$" + String.join("", parts);
    }

    /** Writes cases as the reader reads them: the records' own fields only, dates as ISO days, nothing null. */
    private static final ObjectMapper CASE_WRITER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // isGranted(), isTimeLimited() … are questions about a case, not fields of it ("$.granted: unknown field")
            .annotationIntrospector(new RecordComponentsOnly())
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            .build();

    /** Only a record's components are properties of it: no {@code isX()} or {@code getX()} method of a record is. */
    private static final class RecordComponentsOnly extends com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override public boolean hasIgnoreMarker(com.fasterxml.jackson.databind.introspect.AnnotatedMember m) {
            if (m instanceof com.fasterxml.jackson.databind.introspect.AnnotatedMethod method && method.getDeclaringClass().isRecord()
                    && method.getParameterCount() == 0) {
                boolean component = false;
                for (var rc : method.getDeclaringClass().getRecordComponents()) component |= rc.getName().equals(method.getName());
                if (!component) return true;
            }
            return super.hasIgnoreMarker(m);
        }
    }

    /** The mapper that writes a case as JSON the reader reads back to an equal case. */
    public static ObjectMapper caseWriter() { return CASE_WRITER; }

    /**
     * Checks a case built in Java as a case read from JSON is checked: the same problems, at the same JSON
     * paths, in one {@link InvalidCaseException}.
     *
     * @param policyCase a case, however it was made
     * @throws InvalidCaseException listing every problem
     */
    public void check(PolicyCase policyCase) {
        java.util.Objects.requireNonNull(policyCase, "policyCase");
        CHECKS.increment();
        Class<? extends PolicyCase> type = policyCase.getClass();
        CaseKind expected = policyCase instanceof GrantApplication ? CaseKind.GRANT_APPLICATION
                : policyCase instanceof ActionPlan ? CaseKind.ACTION_PLAN : CaseKind.ALLOCATION;
        ObjectNode tree = CASE_WRITER.valueToTree(policyCase);
        List<Problem> problems = new ArrayList<>();
        new TreeValidator(problems, false).validateRecord(type, tree, "$", true);
        boolean wrongKind = policyCase.kind() != null && policyCase.kind() != expected;
        if (!problems.isEmpty() || wrongKind) {
            problems.clear();
            if (wrongKind) problems.add(new Problem("$.kind", "must be " + expected + " for a " + type.getSimpleName() + ", not " + policyCase.kind()));
            new TreeValidator(problems, true).validateRecord(type, tree, "$", true);
            throw new InvalidCaseException(problems);
        }
        new TreeValidator(problems, false).checkRelations(policyCase, "$");
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
    }

    /** The length of a text in UTF-8 (a lone surrogate counts as the 3 bytes of its replacement). */
    static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /**
     * Jackson's message about malformed input, without the names of Jackson's own settings and
     * classes (a caller cannot act on "`StreamReadConstraints.getMaxNestingDepth()`"), with where it is.
     */
    public static String describe(JsonProcessingException e) {
        String msg = e.getOriginalMessage()
                .replaceAll(" \\(bound as `[^`]*`\\)", "")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(" \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]", "line $1, column $2");
        var loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) msg += " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
        return msg;
    }
}
