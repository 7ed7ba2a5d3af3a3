package se.integration.policy.core.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.Allocation;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.Key;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.OnlyWhen;
import se.integration.policy.core.model.Range;
import se.integration.policy.core.model.Required;

/**
 * The JSON Schema (draft 2020-12) of the case format, derived from the same records the reader
 * validates against, and published as the resource {@code se/integration/policy/core/case.schema.json}
 * (a test keeps the resource equal to what this class derives).
 *
 * <p>The schema says what a case may look like; the reader is stricter in what a schema cannot say:
 * calendar dates (2025-02-30), an end before its start, the judging version's own keys (headings, attachments,
 * signatories, follow-up sections, focus areas: {@link #forVersion} states them as enums), and four limits
 * the schema's description lists: whole numbers written as {@code 60000.0} or {@code 6E4} (integers to
 * JSON Schema, not to the reader), string lengths in UTF-16 code units (JSON Schema counts code points),
 * nesting deeper than {@link Limits#MAX_NESTING_DEPTH} (inside {@code meta} too) and documents larger than
 * {@link Limits#MAX_DOCUMENT_BYTES} bytes.
 */
public final class CaseSchema {
    public static final String RESOURCE = "se/integration/policy/core/case.schema.json";
    static final String ID = "https://integration-policy.example/schema/case-v1.json";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CaseSchema() {}

    /** The published schema (the resource). */
    public static JsonNode published() {
        try (InputStream in = CaseSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The schema of the cases one version judges: the general schema with that version's kinds only, and the keys
     * its vocabularies know as {@code enum}s where the general schema checks only that a key is well formed.
     *
     * @param id    the version's id, named in the title and {@code $id}
     * @param kinds the kinds of case the version judges
     * @param known the version's keys by vocabulary: {@code heading}, {@code attachment}, {@code signatory},
     *              {@code followUpSection}, {@code focusArea}; a vocabulary not given stays open
     * @return a new schema
     */
    public static ObjectNode forVersion(String id, List<CaseKind> kinds, Map<String, ? extends java.util.Collection<String>> known) {
        ObjectNode root = derive();
        root.put("$id", ID.replace(".json", "-" + id + ".json"));
        root.put("title", "Integration policy case, contract version 1, as " + id + " judges it");
        ArrayNode kindEnum = F.arrayNode();
        for (CaseKind k : kinds) kindEnum.add(k.name());
        ((ObjectNode) root.path("properties").path("kind")).set("enum", kindEnum);
        ObjectNode defs = (ObjectNode) root.path("$defs");
        restrict(defs, "GrantApplication", "sections", known.get("heading"), true);
        restrict(defs, "GrantApplication", "attachments", known.get("attachment"), false);
        restrict(defs, "GrantApplication", "signatory", known.get("signatory"), false);
        restrict(defs, "ActionPlan.FollowUp", "sections", known.get("followUpSection"), true);
        restrict(defs, "ActionPlan.Measure", "focusAreas", known.get("focusArea"), false);
        return root;
    }

    /** Puts the keys as an enum where the field (nullable: inside {@code anyOf}) names a key or a list or map of keys. */
    private static void restrict(ObjectNode defs, String def, String field, java.util.Collection<String> keys, boolean mapKeys) {
        if (keys == null || keys.isEmpty() || !defs.has(def)) return;
        JsonNode f = defs.path(def).path("properties").path(field);
        ObjectNode target = (ObjectNode) (f.has("anyOf") ? f.path("anyOf").get(0) : f);
        if (mapKeys) target = (ObjectNode) target.path("propertyNames");
        else if (target.has("items")) target = (ObjectNode) target.path("items");
        target.remove("pattern");
        ArrayNode e = target.putArray("enum");
        keys.forEach(e::add);
    }

    /** The schema as derived from the case records now. */
    public static ObjectNode derive() {
        ObjectNode root = F.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Integration policy case, contract version 1");
        root.put("description", "A case of contract §1: GRANT_APPLICATION, ACTION_PLAN or ALLOCATION, chosen by kind. "
                + "Unknown fields are rejected except inside meta. The reader also rejects impossible calendar dates, "
                + "an end before its start, a plan's follow-up before its adoption, texts with a lone surrogate "
                + "and keys (headings, attachments, signatories, follow-up sections, focus areas) that the judging version does not know "
                + "(`policy schema --policy ID` prints the schema of one version, with its keys). "
                + "It is stricter than this schema can say in four more ways: "
                + "a whole number must be written without a fraction or exponent (60000, not 60000.0 or 6E4, which JSON Schema counts as integers); "
                + "maxLength (" + Limits.MAX_STRING_LENGTH + ") counts UTF-16 code units, so a character outside the Basic Multilingual Plane "
                + "(an emoji) counts twice, where JSON Schema counts it once; "
                + "arrays and objects may nest at most " + Limits.MAX_NESTING_DEPTH + " deep, meta included; "
                + "and a case (or one line of a .jsonl file) may be at most " + Limits.MAX_DOCUMENT_BYTES + " bytes of UTF-8, "
                + "with number literals of at most " + Limits.MAX_NUMBER_LENGTH + " characters.");
        root.put("type", "object");
        root.putArray("required").add("kind");
        ObjectNode kind = root.putObject("properties").putObject("kind");
        ArrayNode kinds = kind.putArray("enum");
        for (CaseKind k : CaseKind.values()) kinds.add(k.name());
        ObjectNode defs = F.objectNode();
        ArrayNode all = root.putArray("allOf");
        for (var e : List.of(Map.entry(CaseKind.GRANT_APPLICATION, GrantApplication.class), Map.entry(CaseKind.ACTION_PLAN, ActionPlan.class),
                Map.entry(CaseKind.ALLOCATION, Allocation.class))) {
            ObjectNode cond = all.addObject();
            ObjectNode when = cond.putObject("if");
            // without "required", an absent kind would satisfy every "if" and set off all three "then"s
            when.putArray("required").add("kind");
            when.putObject("properties").putObject("kind").put("const", e.getKey().name());
            cond.putObject("then").put("$ref", "#/$defs/" + name(e.getValue()));
            define(e.getValue(), defs, true);
        }
        root.set("$defs", defs);
        return root;
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName() : name(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    private static void define(Class<?> record, ObjectNode defs, boolean root) {
        String name = name(record);
        if (defs.has(name)) return;
        ObjectNode def = defs.putObject(name);
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode props = def.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            boolean req = c.isAnnotationPresent(Required.class);
            if (req) required.add(c.getName());
            ObjectNode p;
            if (root && c.getName().equals("meta")) {
                p = F.objectNode();
                p.putArray("type").add("object").add("null");
                p.put("description", "free-form, ignored");
            } else if (root && c.getName().equals("kind")) {
                p = F.objectNode();
                p.put("const", kindOf(record).name());
            } else {
                p = schemaOf(c.getGenericType(), c, defs);
                if (!req) p = nullable(p);
            }
            props.set(c.getName(), p);
        }
        if (!required.isEmpty()) def.set("required", required);
        onlyWhen(record, def);
    }

    /**
     * A field that may be given only when another has a value ({@link OnlyWhen}, checked by the reader):
     * {@code if} the other is given with another value, {@code then} the field is null. One such field
     * a record (JSON Schema has one {@code if} an object; a second would need {@code allOf}).
     */
    private static void onlyWhen(Class<?> record, ObjectNode def) {
        List<RecordComponent> fields = java.util.Arrays.stream(record.getRecordComponents()).filter(c -> c.isAnnotationPresent(OnlyWhen.class)).toList();
        if (fields.size() > 1) throw new IllegalStateException(record.getName() + ": the schema states one @OnlyWhen field a record");
        for (RecordComponent c : fields) {
            OnlyWhen only = c.getAnnotation(OnlyWhen.class);
            ObjectNode cond = def.putObject("if");
            cond.putObject("properties").putObject(only.field()).putObject("not").put("const", only.is());
            cond.putArray("required").add(only.field());
            def.putObject("then").putObject("properties").putObject(c.getName()).put("type", "null");
        }
    }

    private static CaseKind kindOf(Class<?> record) {
        if (record == GrantApplication.class) return CaseKind.GRANT_APPLICATION;
        if (record == ActionPlan.class) return CaseKind.ACTION_PLAN;
        return CaseKind.ALLOCATION;
    }

    private static ObjectNode nullable(ObjectNode p) {
        ObjectNode n = F.objectNode();
        ArrayNode any = n.putArray("anyOf");
        any.add(p);
        any.addObject().put("type", "null");
        return n;
    }

    private static ObjectNode schemaOf(Type type, RecordComponent c, ObjectNode defs) {
        Class<?> raw = TreeValidator.rawClass(type);
        ObjectNode s = F.objectNode();
        if (raw == String.class) {
            s.put("type", "string");
            s.put("maxLength", Limits.MAX_STRING_LENGTH);
            if (c.isAnnotationPresent(Key.class)) s.put("pattern", "^" + TreeValidator.KEY.pattern() + "$");
            else if (c.isAnnotationPresent(Required.class) && !List.class.isAssignableFrom(c.getType())) {
                s.put("pattern", "\\S"); // a required text must not be blank
            }
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            Range range = c.getAnnotation(Range.class);
            s.put("type", "integer");
            s.put("minimum", range != null ? range.min() : 0);
            s.put("maximum", range != null ? range.max() : Limits.MAX_AMOUNT);
        } else if (raw == Boolean.class || raw == boolean.class) {
            s.put("type", "boolean");
        } else if (raw == LocalDate.class) {
            s.put("type", "string");
            s.put("format", "date");
            s.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (raw == Municipality.class) {
            ArrayNode e = s.putArray("enum");
            for (Municipality m : Municipality.values()) e.add(m.id());
        } else if (raw.isEnum()) {
            ArrayNode e = s.putArray("enum");
            for (Object o : raw.getEnumConstants()) e.add(((Enum<?>) o).name());
        } else if (List.class.isAssignableFrom(raw)) {
            s.put("type", "array");
            s.put("maxItems", Limits.MAX_ARRAY_LENGTH);
            s.set("items", schemaOf(((ParameterizedType) type).getActualTypeArguments()[0], c, defs));
        } else if (Map.class.isAssignableFrom(raw)) {
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            s.put("type", "object");
            Class<?> keyType = TreeValidator.rawClass(kv[0]);
            if (keyType == String.class) {
                s.putObject("propertyNames").put("pattern", "^" + TreeValidator.KEY.pattern() + "$");
            } else {
                ArrayNode keys = s.putObject("propertyNames").putArray("enum");
                for (Object o : keyType.getEnumConstants()) keys.add(((Enum<?>) o).name());
            }
            ObjectNode value = s.putObject("additionalProperties");
            value.putArray("type").add("string").add("null");
            value.put("maxLength", Limits.MAX_STRING_LENGTH);
        } else if (raw.isRecord()) {
            define(raw, defs, false);
            s.put("$ref", "#/$defs/" + name(raw));
        } else {
            throw new IllegalStateException("no schema for " + type);
        }
        return s;
    }
}
