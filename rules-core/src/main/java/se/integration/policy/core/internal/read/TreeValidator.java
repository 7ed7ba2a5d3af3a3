package se.integration.policy.core.internal.read;

import se.integration.policy.core.read.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.integration.policy.core.model.Checked;
import se.integration.policy.core.model.Key;
import se.integration.policy.core.model.Limits;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.model.Range;
import se.integration.policy.core.model.OnlyWhen;
import se.integration.policy.core.model.Required;

/**
 * Validates a JSON tree against a record class of the case model, collecting every problem with its
 * path. The rules come from the record components themselves (their types and the annotations
 * {@link Required}, {@link Range}, {@link Key}), so the model is the single description of the format.
 * What reflection tells about a record class is worked out once per class ({@link Shape}).
 *
 * <p>Relations between a record's fields ({@link Checked}) are checked either inline, on the subtree
 * bound by itself ({@code inlineRelations}), or afterwards on the bound case ({@link #checkRelations(Object, String)}),
 * which gives the same problems when the tree has no other problem and binds the case only once.
 *
 * <p>The validator itself is the reader's. Its static helpers are public so that the core's other checks of
 * JSON against a model of records (the expectations of recorded decisions) show values, tell dates and
 * enum constants and list a record's fields as the reader does, from the same once-per-class shapes.
 */
public final class TreeValidator {
    static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Set<String> MUNICIPALITIES = Arrays.stream(Municipality.values()).map(Municipality::id)
            .collect(Collectors.toUnmodifiableSet());

    private final List<Problem> problems;
    private final boolean inlineRelations;

    TreeValidator(List<Problem> problems) { this(problems, true); }

    TreeValidator(List<Problem> problems, boolean inlineRelations) {
        this.problems = problems;
        this.inlineRelations = inlineRelations;
    }

    /** A record component as the validator needs it. */
    private record Component(String name, Type type, Class<?> raw, boolean required, boolean key, Range range, Method accessor,
                             boolean mayHoldChecked) {}

    /** What the validator needs of a record class, worked out once. */
    private static final class Shape {
        final Component[] components;
        final Map<String, Component> byName = new LinkedHashMap<>();
        /** The components' generic types by name, in declaration order. */
        final Map<String, Type> types;
        /** The components' names as a message lists them: {@code a, b, c}. */
        final String fieldList;
        final boolean checked;
        final boolean mayHoldChecked;
        /** The record's {@link OnlyWhen} fields, each with the component that decides it (none for most records). */
        final OnlyWhenField[] onlyWhen;

        Shape(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            if (rc == null) throw new IllegalArgumentException(type.getName() + " is not a record class");
            components = new Component[rc.length];
            Map<String, Type> typesByName = new LinkedHashMap<>();
            boolean holds = false;
            for (int i = 0; i < rc.length; i++) {
                RecordComponent c = rc[i];
                Class<?> raw = rawClass(c.getGenericType());
                boolean may = raw.isRecord() || (List.class.isAssignableFrom(raw) && c.getGenericType() instanceof ParameterizedType pt
                        && pt.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord());
                holds |= may;
                components[i] = new Component(c.getName(), c.getGenericType(), raw, c.isAnnotationPresent(Required.class),
                        c.isAnnotationPresent(Key.class), c.getAnnotation(Range.class), c.getAccessor(), may);
                byName.put(c.getName(), components[i]);
                typesByName.put(c.getName(), c.getGenericType());
            }
            types = java.util.Collections.unmodifiableMap(typesByName);
            fieldList = String.join(", ", byName.keySet());
            checked = Checked.class.isAssignableFrom(type);
            mayHoldChecked = holds;
            List<OnlyWhenField> only = new java.util.ArrayList<>();
            for (int i = 0; i < rc.length; i++) {
                OnlyWhen o = rc[i].getAnnotation(OnlyWhen.class);
                if (o == null) continue;
                Component decider = byName.get(o.field());
                if (decider == null || !decider.raw().isEnum() || !isConstant(decider.raw(), o.is())) {
                    throw new IllegalArgumentException(type.getName() + "." + rc[i].getName() + ": @OnlyWhen names no enum field "
                            + o.field() + " with a constant " + o.is());
                }
                only.add(new OnlyWhenField(i, Arrays.asList(components).indexOf(decider), o.is(), type.getSimpleName().toLowerCase(java.util.Locale.ROOT)));
            }
            onlyWhen = only.toArray(OnlyWhenField[]::new);
        }
    }

    /** A field given only under one value of another ({@link OnlyWhen}): their indexes among the components. */
    private record OnlyWhenField(int field, int decider, String is, String noun) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override protected Shape computeValue(Class<?> type) { return new Shape(type); }
    };

    private static final ClassValue<Set<String>> ENUM_NAMES = new ClassValue<>() {
        @Override protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Object e : type.getEnumConstants()) names.add(((Enum<?>) e).name());
            return Set.copyOf(names);
        }
    };

    void validateRecord(Class<?> type, ObjectNode node, String path, boolean root) {
        Shape shape = SHAPES.get(type);
        int before = problems.size();
        if (node.size() > shape.components.length || !allKnown(node, shape)) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!shape.byName.containsKey(name)) problems.add(new Problem(path + "." + name, unknownField(shape.fieldList)));
            }
        }
        long troubled = 0; // the components with a problem of their own (bit i: component i), for the OnlyWhen fields
        for (int i = 0; i < shape.components.length; i++) {
            Component c = shape.components[i];
            JsonNode value = node.get(c.name());
            int had = problems.size();
            if (value == null || value.isNull()) {
                if (c.required()) problems.add(new Problem(path + "." + c.name(), "is required"));
                continue;
            }
            String p = path + "." + c.name();
            if (root && c.name().equals("meta")) {
                if (!value.isObject()) problems.add(new Problem(p, "must be an object"));
                continue; // free-form, ignored
            }
            validateValue(c.type(), c.raw(), c, value, p);
            if (problems.size() != had && i < 64) troubled |= 1L << i;
        }
        for (OnlyWhenField o : shape.onlyWhen) onlyWhen(shape, o, node, path, troubled);
        if (inlineRelations && shape.checked) {
            checkRelations(type, node, path, problems.size() == before);
        }
    }

    /**
     * An {@link OnlyWhen} field given while its deciding field holds another of its values. Judged only where
     * both are given and of the right type (as a relation between fields is judged on what binds): a
     * wrongly typed value has its own problem already.
     */
    private void onlyWhen(Shape shape, OnlyWhenField o, ObjectNode node, String path, long troubled) {
        Component field = shape.components[o.field()], decider = shape.components[o.decider()];
        JsonNode value = node.get(field.name()), by = node.get(decider.name());
        if (value == null || value.isNull() || by == null || by.isNull()) return;
        if (((troubled >>> o.field()) & 1) != 0 || ((troubled >>> o.decider()) & 1) != 0) return;
        if (!by.asText().equals(o.is())) {
            problems.add(new Problem(path + "." + field.name(), "is for a " + o.is() + " only (the " + o.noun() + " is a " + by.asText()
                    + "): leave it out or null"));
        }
    }

    private static boolean allKnown(ObjectNode node, Shape shape) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            if (!shape.byName.containsKey(it.next())) return false;
        }
        return true;
    }

    /**
     * Checks the relations of one record on its subtree bound by itself. Unknown fields are ignored for
     * this (they are reported already), so that an end before a start is reported beside them. A record
     * that has problems of its own is checked too where it still binds (a negative count beside an end
     * before a start: both are reported); where it does not, its problems already say why.
     */
    private void checkRelations(Class<?> type, ObjectNode node, String path, boolean noOtherProblem) {
        Object value;
        try {
            value = CaseReaderSupport.LENIENT.treeToValue(node, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (noOtherProblem) problems.add(new Problem(path, "cannot be read: " + CaseReader.describe(e)));
            return;
        }
        ((Checked) value).check((rel, msg) -> problems.add(new Problem(path + rel, msg)));
    }

    /**
     * Checks the relations of every {@link Checked} record in a bound case, innermost first; a record
     * is checked only if nothing inside it had a problem (as the inline check does). For a case whose
     * tree had no other problem.
     */
    void checkRelations(Object record, String path) {
        Shape shape = SHAPES.get(record.getClass());
        int before = problems.size();
        if (shape.mayHoldChecked) {
            for (Component c : shape.components) {
                if (!c.mayHoldChecked()) continue;
                Object value;
                try {
                    value = c.accessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.name() + " of " + record.getClass().getName(), e);
                }
                if (value == null) continue;
                String p = path + "." + c.name();
                if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) if (list.get(i) != null) checkRelations(list.get(i), p + "[" + i + "]");
                } else {
                    checkRelations(value, p);
                }
            }
        }
        if (problems.size() == before && record instanceof Checked checked) {
            checked.check((rel, msg) -> problems.add(new Problem(path + rel, msg)));
        }
    }

    private void validateValue(Type type, Class<?> raw, Component c, JsonNode value, String p) {
        if (raw == String.class) {
            if (!value.isTextual()) { problems.add(new Problem(p, "must be a string, not " + show(value))); return; }
            String text = value.asText();
            if (c.key() && !KEY.matcher(text).matches()) {
                problems.add(new Problem(p, "must be a key in upper case (letters A-Z, digits, _), not " + show(value)));
            } else if (c.required() && text.isBlank()) {
                problems.add(new Problem(p, "must not be blank"));
            } else {
                checkText(text, p);
            }
        } else if (raw == Integer.class || raw == Long.class || raw == int.class || raw == long.class) {
            if (!value.isIntegralNumber()) {
                problems.add(new Problem(p, "must be a whole number, not " + show(value)));
                return;
            }
            Range range = c.range();
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
            if (!isDate(value.asText())) problems.add(new Problem(p, "must be a valid date YYYY-MM-DD, not " + show(value)));
        } else if (raw == Municipality.class) {
            boolean ok = value.isTextual() && MUNICIPALITIES.contains(value.asText());
            if (!ok) problems.add(new Problem(p, "must be one of " + Arrays.stream(Municipality.values())
                    .map(Municipality::id).collect(Collectors.joining(", ")) + ", not " + show(value)));
        } else if (raw.isEnum()) {
            if (!value.isTextual() || !isConstant(raw, value.asText())) {
                problems.add(new Problem(p, "must be one of " + names(raw) + ", not " + show(value)));
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!value.isArray()) { problems.add(new Problem(p, "must be an array, not " + show(value))); return; }
            if (value.size() > Limits.MAX_ARRAY_LENGTH) {
                problems.add(new Problem(p, "has " + value.size() + " elements; at most " + Limits.MAX_ARRAY_LENGTH + " are accepted"));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Class<?> elementRaw = rawClass(element);
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isNull()) { problems.add(new Problem(p + "[" + i + "]", "must not be null")); continue; }
                validateValue(element, elementRaw, c, item, p + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!value.isObject()) { problems.add(new Problem(p, "must be an object, not " + show(value))); return; }
            Type[] kv = ((ParameterizedType) type).getActualTypeArguments();
            Class<?> keyType = rawClass(kv[0]);
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (keyType == String.class ? c.key() && !KEY.matcher(e.getKey()).matches() : !isConstant(keyType, e.getKey())) {
                    problems.add(new Problem(p + "." + e.getKey(), keyType == String.class
                            ? "must be a key in upper case (letters A-Z, digits, _)"
                            : "unknown key (expected one of " + names(keyType) + ")"));
                } else if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                    problems.add(new Problem(p + "." + e.getKey(), "must be a string, not " + show(e.getValue())));
                } else if (e.getValue().isTextual()) {
                    checkText(e.getValue().asText(), p + "." + e.getKey());
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

    /**
     * A text must be Unicode: a lone surrogate (JSON allows the escape {@code "\ud800"} by itself) names no
     * character, could not be echoed as written and would come out as "?".
     */
    private void checkText(String text, String p) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                problems.add(new Problem(p, "contains an unpaired surrogate (\\u" + String.format("%04x", (int) ch)
                        + " at character " + (i + 1) + "), which is no character"));
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Shared with the other checks of JSON against a model (public for the replay's expectations)

    /**
     * The components of a record class by name, in declaration order, with their generic types: the fields
     * a JSON object for it may have.
     */
    public static Map<String, Type> components(Class<?> record) { return SHAPES.get(record).types; }

    /** The names of a record class's components as a message lists them: {@code a, b, c}. */
    public static String fieldList(Class<?> record) { return SHAPES.get(record).fieldList; }

    /** The message for a field that is none of these ({@code known} as {@link #fieldList(Class)} gives them). */
    public static String unknownField(String known) { return "unknown field (expected one of " + known + ")"; }

    /**
     * Whether a text is a valid date YYYY-MM-DD as the contract writes it: four digits of year (0000–9999,
     * no sign, no more digits: {@code +12345-01-01} or {@code -0001-01-01} are not dates of the contract and
     * would take the rules' date arithmetic past what a date can hold), two of month, two of day, and a day
     * that exists in that month.
     */
    public static boolean isDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') return false;
        int year = digits(text, 0, 4), month = digits(text, 5, 7), day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) return false;
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The number written by ASCII digits from {@code from} to {@code to}, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** The class of a type a record component may have (a class, or a parameterized type such as {@code List<X>}). */
    public static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> cls) return cls;
        if (type instanceof ParameterizedType pt) return (Class<?>) pt.getRawType();
        throw new IllegalStateException("unsupported type " + type);
    }

    /** Whether {@code name} is the name of one of an enum's constants. */
    public static boolean isConstant(Class<?> type, String name) {
        return ENUM_NAMES.get(type).contains(name);
    }

    /** An enum's constants as a message lists them: {@code A, B, C}, in declaration order. */
    public static String names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).collect(Collectors.joining(", "));
    }

    /**
     * A short, safe rendering of a JSON value for a message (long values are cut): a text in quotes, a number or
     * literal as written, {@code an array} or {@code an object}.
     */
    public static String show(JsonNode value) {
        String s = value.isTextual() ? "\"" + value.asText() + "\"" : value.isContainerNode()
                ? (value.isArray() ? "an array" : "an object") : value.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}
