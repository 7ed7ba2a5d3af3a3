package se.integration.policy.core.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * <b>Internal</b>: a JSON tree as plain Java values, the form the API hands out instead of Jackson's trees: an object an
 * unmodifiable {@code Map<String, Object>} in its order, an array an unmodifiable {@code List<Object>}, a string a
 * {@code String}, a boolean a {@code Boolean}, a whole number a {@code Long} (a {@code BigInteger} beyond its range),
 * a number with a fraction or exponent a {@code Double} (a {@code BigDecimal} where the tree holds one), and
 * {@code null} {@code null}. Written as JSON it is the same JSON as the tree.
 */
public final class JsonPlain {
    private JsonPlain() {}

    /**
     * @param node a JSON value, or {@code null} (Java {@code null} too for a missing node)
     * @return it as plain Java values
     */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return null;
        if (node.isTextual()) return node.textValue();
        if (node.isBoolean()) return node.booleanValue();
        if (node.isBigInteger()) return node.bigIntegerValue();
        if (node.isIntegralNumber()) return node.longValue();
        if (node.isBigDecimal()) return node.decimalValue();
        if (node.isFloat()) return Double.valueOf(Float.toString(node.floatValue()));
        if (node.isNumber()) return node.doubleValue();
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode v : node) list.add(plain(v));
            return Collections.unmodifiableList(list);
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), plain(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        return node.asText();
    }
}
