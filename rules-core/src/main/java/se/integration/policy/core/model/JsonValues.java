package se.integration.policy.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain Java form of free-form JSON ({@link PolicyCase#meta()}): an object is an unmodifiable
 * {@code Map<String, Object>} in the order of its fields, an array an unmodifiable {@code List<Object>},
 * a string a {@code String}, {@code true}/{@code false} a {@code Boolean}, a whole number a {@code Long}
 * (a {@code BigInteger} beyond its range), any other number a {@code Double} or {@code BigDecimal}, and
 * {@code null} {@code null}. Such a value serialises back to the same JSON.
 */
final class JsonValues {
    private JsonValues() {}

    /**
     * The meta of a case as an unmodifiable copy in the plain form.
     *
     * @param meta the meta, or {@code null}
     * @return the copy, or {@code null}
     * @throws IllegalArgumentException naming the place of a value that is no JSON value
     */
    static Map<String, Object> meta(Map<String, ?> meta) {
        if (meta == null) return null;
        return object(meta, "meta");
    }

    private static Map<String, Object> object(Map<?, ?> map, String at) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException(at + ": a key of a JSON object must be a String, not " + describe(e.getKey()));
            }
            copy.put(key, value(e.getValue(), at + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object value(Object v, String at) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof BigInteger
                || v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException(at + ": " + d + " is not a JSON number");
            return v instanceof Float ? Double.valueOf(Float.toString((Float) v)) : v;
        }
        if (v instanceof Map<?, ?> m) return object(m, at);
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (int i = 0; i < l.size(); i++) copy.add(value(l.get(i), at + "[" + i + "]"));
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(at + ": " + describe(v)
                + " is not a JSON value (String, Boolean, Long, BigInteger, Double, BigDecimal, List, Map or null)");
    }

    private static String describe(Object v) { return v == null ? "null" : "a " + v.getClass().getName(); }
}
