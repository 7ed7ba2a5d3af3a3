package se.integration.policy.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a result with a recorded expectation, as contract §3 says: only what the expectation
 * states is compared.
 * <ul>
 *   <li>objects ({@code decision}, {@code priority}, {@code repayment}, {@code policy}): field by field,
 *       for the fields stated; a stated list inside is compared whole;</li>
 *   <li>scalars ({@code eligible}, {@code complete}, {@code caseId}, {@code asOf}): equal;</li>
 *   <li>{@code findings}: a list of {@code {code, subject}}; the result's findings must be exactly
 *       that set (extra and missing pairs are both disagreements);</li>
 *   <li>{@code obligations}: a list of {@code {code, due?, status?, subject?}}; each must be matched by
 *       an obligation with the same stated fields.</li>
 * </ul>
 */
public final class Expectations {
    private Expectations() {}

    public static List<Disagreement> compare(JsonNode expected, JsonNode result) { return compare(expected, result, false); }

    /**
     * As {@link #compare(JsonNode, JsonNode)}; with {@code exactObligations}, the obligations must be one for each expected
     * entry: an obligation no entry is left to match (not expected, or one more than expected) is a disagreement too.
     */
    public static List<Disagreement> compare(JsonNode expected, JsonNode result, boolean exactObligations) {
        List<Disagreement> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            JsonNode now = result.get(field);
            switch (field) {
                case "findings" -> compareFindings(e.getValue(), now, out);
                case "obligations" -> compareObligations(e.getValue(), now, exactObligations, out);
                default -> compareSubset(field, e.getValue(), now, out);
            }
        }
        return out;
    }

    private static void compareSubset(String path, JsonNode expected, JsonNode now, List<Disagreement> out) {
        if (expected.isObject() && now != null && now.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                compareSubset(path + "." + e.getKey(), e.getValue(), now.get(e.getKey()), out);
            }
        } else if (!equal(expected, now)) {
            out.add(new Disagreement(path, show(expected), show(now)));
        }
    }

    private static boolean equal(JsonNode expected, JsonNode now) {
        if (expected == null || expected.isNull()) return now == null || now.isNull() || now.isMissingNode();
        if (now == null) return false;
        if (expected.isNumber() && now.isNumber()) return expected.decimalValue().compareTo(now.decimalValue()) == 0;
        return expected.equals(now);
    }

    private static void compareFindings(JsonNode expected, JsonNode now, List<Disagreement> out) {
        Set<String> want = pairs(expected), have = pairs(now);
        Set<String> missing = new LinkedHashSet<>(want), extra = new LinkedHashSet<>(have);
        missing.removeAll(have);
        extra.removeAll(want);
        for (String m : missing) out.add(new Disagreement("findings", m, "absent"));
        for (String x : extra) out.add(new Disagreement("findings", "absent", x));
    }

    private static Set<String> pairs(JsonNode findings) {
        Set<String> set = new LinkedHashSet<>();
        if (findings == null || !findings.isArray()) return set;
        for (JsonNode f : findings) {
            JsonNode subject = f.get("subject");
            set.add(f.path("code").asText() + (subject == null || subject.isNull() ? "" : " " + subject.asText()));
        }
        return set;
    }

    private static boolean matches(JsonNode want, JsonNode o) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!equal(e.getValue(), o.get(e.getKey()))) return false;
        }
        return true;
    }

    private static void compareObligations(JsonNode expected, JsonNode now, boolean exact, List<Disagreement> out) {
        ArrayNode have = now != null && now.isArray() ? (ArrayNode) now : null;
        if (exact && have != null) {
            // one expected entry for each obligation: the entries that say most are matched first, each to
            // an obligation of its own; an obligation left over (one too many, or one not expected) disagrees
            List<JsonNode> wants = new ArrayList<>();
            expected.forEach(wants::add);
            wants.sort(java.util.Comparator.comparingInt((JsonNode w) -> w.size()).reversed());
            boolean[] taken = new boolean[have.size()];
            for (JsonNode want : wants) {
                for (int i = 0; i < have.size(); i++) {
                    if (!taken[i] && matches(want, have.get(i))) { taken[i] = true; break; }
                }
            }
            for (int i = 0; i < have.size(); i++) if (!taken[i]) out.add(new Disagreement("obligations", "absent", brief(have.get(i))));
        }
        for (JsonNode want : expected) {
            boolean matched = false;
            if (have != null) {
                for (JsonNode o : have) {
                    if (matches(want, o)) { matched = true; break; }
                }
            }
            if (!matched) {
                String code = want.path("code").asText();
                List<String> same = new ArrayList<>();
                if (have != null) for (JsonNode o : have) if (o.path("code").asText().equals(code)) same.add(brief(o));
                out.add(new Disagreement("obligations", show(want), same.isEmpty() ? "absent" : String.join(", ", same)));
            }
        }
    }

    private static String brief(JsonNode o) {
        StringBuilder sb = new StringBuilder("{code:").append(o.path("code").asText());
        if (o.hasNonNull("subject")) sb.append(", subject:").append(o.get("subject").asText());
        if (o.hasNonNull("due")) sb.append(", due:").append(o.get("due").asText());
        if (o.hasNonNull("status")) sb.append(", status:").append(o.get("status").asText());
        return sb.append('}').toString();
    }

    static String show(JsonNode n) { return n == null || n.isMissingNode() ? "absent" : n.toString(); }
}
