package se.integration.policy.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.integration.policy.core.model.Checked;
import se.integration.policy.core.model.Key;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.Range;
import se.integration.policy.core.model.Required;

/**
 * Validates a JSON tree against a record class of the case model, collecting every problem with its
 * path. The rules come from the record components themselves (their types and the annotations
 * {@link Required}, {@link Range}, {@link Key}), so the model is the single description of the format.
 */
final class TreeValidator {
    static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final List<Problem> problems;

    TreeValidator(List<Problem> problems) { this.problems = problems; }

    void validateRecord(Class<?> type, ObjectNode node, String path, boolean root) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = Arrays.stream(components)
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!byName.containsKey(name)) {
                problems.add(new Problem(path + "." + name, "unknown field (expected one of "
                        + String.join(", ", byName.keySet()) + ")"));
            }
        }
        int before = problems.size();
        for (RecordComponent c : components) {
            JsonNode value = node.get(c.getName());
            String p = path + "." + c.getName();
            if (value == null || value.isNull()) {
                if (c.isAnnotationPresent(Required.class)) problems.add(new Problem(p, "is required"));
                continue;
            }
            if (root && c.getName().equals("meta")) {
                if (!value.isObject()) problems.add(new Problem(p, "must be an object"));
                continue; // free-form, ignored
            }
            validateValue(c.getGenericType(), c, value, p);
        }
        if (problems.size() == before && Checked.class.isAssignableFrom(type)) {
            checkRelations(type, node, path);
        }
    }

    private void checkRelations(Class<?> type, ObjectNode node, String path) {
        try {
            Object value = CaseReaderSupport.MAPPER.treeToValue(node, type);
            ((Checked) value).check((rel, msg) -> problems.add(new Problem(path + rel, msg)));
        } catch (Exception e) {
            problems.add(new Problem(path, "cannot be read: " + e.getMessage()));
        }
    }

    private void validateValue(Type type, RecordComponent c, JsonNode value, String p) {
        Class<?> raw = rawClass(type);
        if (raw == String.class) {
            if (!value.isTextual()) { problems.add(new Problem(p, "must be a string, not " + show(value))); return; }
            if (c.isAnnotationPresent(Key.class) && !KEY.matcher(value.asText()).matches()) {
                problems.add(new Problem(p, "must be a key in upper case (letters A-Z, digits, _), not " + show(value)));
            }
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            if (!value.isIntegralNumber()) {
                problems.add(new Problem(p, "must be a whole number, not " + show(value)));
                return;
            }
            Range range = c.getAnnotation(Range.class);
            long min = range != null ? range.min() : 0, max = range != null ? range.max() : Limits.MAX_AMOUNT;
            if (!value.canConvertToLong()) {
                // a whole number beyond what a long holds is beyond the range too: say which end
                boolean negative = value.bigIntegerValue().signum() < 0;
                problems.add(new Problem(p, negative ? "must be at least " + min + ", not " + show(value)
                        : "must be at most " + max + ", not " + show(value)));
                return;
            }
            long v = value.asLong();
            if (v < min) problems.add(new Problem(p, "must be at least " + min + ", not " + v));
            else if (v > max) problems.add(new Problem(p, "must be at most " + max + ", not " + v));
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (!value.isBoolean()) problems.add(new Problem(p, "must be true or false, not " + show(value)));
        } else if (raw == LocalDate.class) {
            if (!value.isTextual()) { problems.add(new Problem(p, "must be a date YYYY-MM-DD, not " + show(value))); return; }
            try {
                LocalDate.parse(value.asText(), ISO_DATE);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(p, "must be a valid date YYYY-MM-DD, not " + show(value)));
            }
        } else if (raw == Municipality.class) {
            boolean ok = value.isTextual() && Arrays.stream(Municipality.values()).anyMatch(m -> m.id().equals(value.asText()));
            if (!ok) problems.add(new Problem(p, "must be one of " + Arrays.stream(Municipality.values())
                    .map(Municipality::id).collect(Collectors.joining(", ")) + ", not " + show(value)));
        } else if (raw.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"}) Class<? extends Enum> e = (Class<? extends Enum>) raw;
            if (!value.isTextual() || !isConstant(e, value.asText())) {
                problems.add(new Problem(p, "must be one of " + names(e) + ", not " + show(value)));
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!value.isArray()) { problems.add(new Problem(p, "must be an array, not " + show(value))); return; }
            if (value.size() > Limits.MAX_ARRAY_LENGTH) {
                problems.add(new Problem(p, "has " + value.size() + " elements; at most " + Limits.MAX_ARRAY_LENGTH + " are accepted"));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isNull()) { problems.add(new Problem(p + "[" + i + "]", "must not be null")); continue; }
                validateValue(element, c, item, p + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!value.isObject()) { problems.add(new Problem(p, "must be an object, not " + show(value))); return; }
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            @SuppressWarnings({"unchecked", "rawtypes"}) Class<? extends Enum> keyType = (Class<? extends Enum>) rawClass(kv[0]);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String ep = p + "." + e.getKey();
                if (!isConstant(keyType, e.getKey())) {
                    problems.add(new Problem(ep, "unknown key (expected one of " + names(keyType) + ")"));
                } else if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                    problems.add(new Problem(ep, "must be a string, not " + show(e.getValue())));
                }
            }
        } else if (raw.isRecord()) {
            if (!value.isObject()) { problems.add(new Problem(p, "must be an object, not " + show(value))); return; }
            validateRecord(raw, (ObjectNode) value, p, false);
        } else if (raw == JsonNode.class) {
            // free-form
        } else {
            throw new IllegalStateException("the case model has a field type the validator does not know: " + type);
        }
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) return cls;
        if (type instanceof ParameterizedType pt) return (Class<?>) pt.getRawType();
        throw new IllegalStateException("unsupported type " + type);
    }

    @SuppressWarnings("rawtypes")
    static boolean isConstant(Class type, String name) {
        for (Object e : type.getEnumConstants()) if (((Enum<?>) e).name().equals(name)) return true;
        return false;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static String names(Class type) {
        return Arrays.stream(((Class<? extends Enum>) type).getEnumConstants()).map(e -> ((Enum) e).name())
                .collect(Collectors.joining(", "));
    }

    /** A short, safe rendering of a JSON value for a message (long values are cut). */
    static String show(JsonNode value) {
        String s = value.isTextual() ? "\"" + value.asText() + "\"" : value.isContainerNode()
                ? (value.isArray() ? "an array" : "an object") : value.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
