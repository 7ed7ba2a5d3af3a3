package se.integration.policy.core.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.internal.read.TreeValidator;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Result;

/**
 * <b>Internal</b>: the tree-level machinery behind {@link se.integration.policy.core.replay.Expectations}.
 * Checks a recorded expectation against the result model and compares a result with it, as contract
 * §3 says: only what the expectation states is compared.
 * <ul>
 *   <li>objects ({@code decision}, {@code priority}, {@code repayment}, {@code policy}): field by field,
 *       for the fields stated. The lists that are sets ({@code decision.consultations},
 *       {@code priority.areas}, {@code priority.factors}, {@code repayment.grounds}) are compared as sets,
 *       in any order; any other stated list is compared whole, in order;</li>
 *   <li>scalars ({@code eligible}, {@code complete}, {@code caseId}, {@code asOf}): equal (numbers by value);</li>
 *   <li>{@code findings}: a list of {@code {code, subject}}; the result's findings must be exactly
 *       that set (extra and missing pairs are both disagreements);</li>
 *   <li>{@code obligations}: a list of {@code {code, due?, status?, subject?, …}}; each must be matched by
 *       an obligation with the same stated fields. With {@code exactObligations} each entry needs an
 *       obligation of its own and no obligation may be left over: entries and obligations are paired by a
 *       maximum bipartite matching, so the order of the entries never matters.</li>
 * </ul>
 */
public final class ExpectationTrees {
    /** The lists of the result that are sets: compared without regard to order. */
    public static final Set<String> SETS = Set.of("decision.consultations", "priority.areas", "priority.factors", "repayment.grounds");
    /** The fields of a finding that a record states: a finding is recorded as {@code {code, subject}}. */
    private static final List<String> FINDING_FIELDS = List.of("code", "subject");
    /** An obligation's fields in the order its description shows them. */
    private static final List<String> OBLIGATION_ORDER = List.of("code", "subject", "due", "status", "period", "rule", "message", "source");

    private ExpectationTrees() {}

    // ---------------------------------------------------------------------------------------------
    // The expectation's form

    /**
     * Checks that an expectation states only fields of the result, each with a value of the field's type
     * (so a misspelt {@code expected.decision.authorty} or {@code "eligible": "yes"} is invalid input, not
     * a disagreement or silently ignored). Returns the problems, with paths under {@code $.expected}.
     *
     * @param expected the record's {@code expected}, or {@code null}
     * @return the problems; empty when the expectation is well-formed
     */
    public static List<Problem> check(JsonNode expected) {
        List<Problem> problems = new ArrayList<>();
        if (expected == null || !expected.isObject()) {
            problems.add(new Problem("$.expected", "is required and must be an object"));
            return problems;
        }
        Map<String, Type> fields = TreeValidator.components(Result.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$.expected." + e.getKey();
            Type type = fields.get(e.getKey());
            if (type == null) {
                problems.add(new Problem(path, "is not a field of the result (" + TreeValidator.fieldList(Result.class) + ")"));
            } else if (e.getKey().equals("findings")) {
                checkFindings(e.getValue(), path, problems);
            } else if (e.getKey().equals("obligations")) {
                checkList(e.getValue(), path, Obligation.class, "an obligation", problems);
            } else {
                checkValue(type, e.getValue(), path, e.getKey(), problems);
            }
        }
        return problems;
    }

    private static void checkFindings(JsonNode list, String path, List<Problem> problems) {
        if (!list.isArray()) {
            problems.add(new Problem(path, "must be an array of {code, subject}, not " + TreeValidator.show(list)));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = path + "[" + i + "]";
            if (!f.isObject()) {
                problems.add(new Problem(at, "must be an object {code, subject}, not " + TreeValidator.show(f)));
                continue;
            }
            for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!FINDING_FIELDS.contains(name)) {
                    boolean field = TreeValidator.components(Finding.class).containsKey(name);
                    problems.add(new Problem(at + "." + name, field ? "is not compared: a finding is recorded as {code, subject}"
                            : "is not a field of a finding (a finding is recorded as {code, subject})"));
                }
            }
            if (!f.path("code").isTextual()) problems.add(new Problem(at + ".code", "is required and must be a string"));
            JsonNode subject = f.get("subject");
            if (subject != null && !subject.isNull() && !subject.isTextual()) {
                problems.add(new Problem(at + ".subject", "must be a string, not " + TreeValidator.show(subject)));
            }
        }
    }

    private static void checkList(JsonNode list, String path, Class<?> record, String what, List<Problem> problems) {
        if (!list.isArray()) {
            problems.add(new Problem(path, "must be an array, not " + TreeValidator.show(list)));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String at = path + "[" + i + "]";
            checkRecord(record, o, at, what, problems);
            if (o.isObject() && o.path("code").isNull() || o.isObject() && o.path("code").isMissingNode()) {
                problems.add(new Problem(at + ".code", "is required"));
            }
        }
    }

    private static void checkRecord(Class<?> record, JsonNode node, String path, String what, List<Problem> problems) {
        if (!node.isObject()) {
            problems.add(new Problem(path, "must be an object, not " + TreeValidator.show(node)));
            return;
        }
        Map<String, Type> fields = TreeValidator.components(record);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Type type = fields.get(e.getKey());
            String at = path + "." + e.getKey();
            if (type == null) problems.add(new Problem(at, "is not a field of " + what + " (" + TreeValidator.fieldList(record) + ")"));
            else checkValue(type, e.getValue(), at, e.getKey(), problems);
        }
    }

    private static void checkValue(Type type, JsonNode v, String path, String name, List<Problem> problems) {
        Class<?> raw = TreeValidator.rawClass(type);
        if (v.isNull()) {
            if (raw.isPrimitive()) problems.add(new Problem(path, "must not be null"));
            return;
        }
        if (raw == String.class) {
            if (!v.isTextual()) problems.add(new Problem(path, "must be a string, not " + TreeValidator.show(v)));
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!v.isBoolean()) problems.add(new Problem(path, "must be true or false, not " + TreeValidator.show(v)));
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
            if (!v.isIntegralNumber()) problems.add(new Problem(path, "must be a whole number, not " + TreeValidator.show(v)));
        } else if (raw == LocalDate.class) {
            if (!v.isTextual() || !TreeValidator.isDate(v.asText())) problems.add(new Problem(path, "must be a date YYYY-MM-DD, not " + TreeValidator.show(v)));
        } else if (raw.isEnum()) {
            if (!v.isTextual() || !TreeValidator.isConstant(raw, v.asText())) {
                problems.add(new Problem(path, "must be one of " + TreeValidator.names(raw) + ", not " + TreeValidator.show(v)));
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!v.isArray()) {
                problems.add(new Problem(path, "must be an array, not " + TreeValidator.show(v)));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            for (int i = 0; i < v.size(); i++) checkValue(element, v.get(i), path + "[" + i + "]", name, problems);
        } else if (raw.isRecord()) {
            checkRecord(raw, v, path, "the result's " + name, problems);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Comparing

    /**
     * Compares a result with an expectation: every field the expectation states must have the stated value;
     * findings are compared as a whole, obligations by the entries expected.
     *
     * @param expected the expectation, already checked with {@link #check(JsonNode)}
     * @param result the result as JSON (contract §2)
     * @return the disagreements; empty when the result agrees
     */
    public static List<Disagreement> compare(JsonNode expected, JsonNode result) { return compare(expected, result, false); }

    /**
     * As {@link #compare(JsonNode, JsonNode)}; with {@code exactObligations}, the obligations must be one for each expected
     * entry: an obligation no entry is left to match (not expected, or one more than expected) is a disagreement too, and so
     * is an entry left without an obligation of its own.
     *
     * @param expected the expectation
     * @param result the result as JSON
     * @param exactObligations whether the obligations must be exactly those expected
     * @return the disagreements; empty when the result agrees
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
        } else if (SETS.contains(path) && expected.isArray() && now != null && now.isArray()) {
            if (!asSet(expected).equals(asSet(now))) out.add(Disagreement.changed(path, show(expected), show(now)));
        } else if (!equal(expected, now)) {
            out.add(Disagreement.changed(path, show(expected), show(now)));
        }
    }

    private static Set<String> asSet(JsonNode array) {
        Set<String> set = new java.util.HashSet<>();
        for (JsonNode v : array) set.add(canonical(v));
        return set;
    }

    private static boolean equal(JsonNode expected, JsonNode now) {
        if (expected == null || expected.isNull()) return now == null || now.isNull() || now.isMissingNode();
        if (now == null) return false;
        if (expected.isNumber() && now.isNumber()) return expected.decimalValue().compareTo(now.decimalValue()) == 0;
        return expected.equals(now);
    }

    /**
     * A value as a text that is equal for equal values: null and absent alike, numbers by value, objects
     * whatever the order of their fields.
     */
    static String canonical(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "\u0000";
        if (v.isTextual()) return "\"" + v.textValue();
        if (v.isBoolean()) return v.booleanValue() ? "true" : "false";
        if (v.isNumber()) return "#" + v.decimalValue().stripTrailingZeros().toPlainString();
        if (v.isObject()) {
            TreeMap<String, String> sorted = new TreeMap<>();
            v.fields().forEachRemaining(e -> sorted.put(e.getKey(), canonical(e.getValue())));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\u0001", "{", "}"));
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(x -> items.add(canonical(x)));
            return String.join("\u0002", items) + "[" + items.size() + "]";
        }
        return v.toString();
    }

    private static void compareFindings(JsonNode expected, JsonNode now, List<Disagreement> out) {
        Set<String> want = pairs(expected), have = pairs(now);
        Set<String> missing = new LinkedHashSet<>(want), extra = new LinkedHashSet<>(have);
        missing.removeAll(have);
        extra.removeAll(want);
        for (String m : missing) out.add(new Disagreement(Disagreement.Kind.FINDING_NO_LONGER_RAISED, "findings", m, m, Disagreement.ABSENT));
        for (String x : extra) out.add(new Disagreement(Disagreement.Kind.FINDING_NOT_RECORDED, "findings", x, Disagreement.ABSENT, x));
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

    private static void compareObligations(JsonNode expected, JsonNode now, boolean exact, List<Disagreement> out) {
        List<JsonNode> wants = new ArrayList<>(), have = new ArrayList<>();
        expected.forEach(wants::add);
        if (now != null && now.isArray()) now.forEach(have::add);
        ObligationIndex index = new ObligationIndex(have);
        int[][] edges = new int[wants.size()][];
        for (int i = 0; i < wants.size(); i++) edges[i] = index.matching(wants.get(i));
        if (!exact) {
            for (int i = 0; i < wants.size(); i++) {
                if (edges[i].length == 0) unmatched(i, wants.get(i), index, null, null, out);
            }
            return;
        }
        // the obligations closest to entries that match none are shown as their counterparts: entries that may take
        // others (a bare {code} may take any of its code) are offered those others first, so they leave them free
        boolean[] wanted = new boolean[have.size()];
        for (int i = 0; i < wants.size(); i++) {
            if (edges[i].length == 0) {
                int closest = index.closest(wants.get(i), null);
                if (closest >= 0) wanted[closest] = true;
            }
        }
        Map<int[], int[]> reordered = new java.util.IdentityHashMap<>();
        for (int i = 0; i < wants.size(); i++) edges[i] = reordered.computeIfAbsent(edges[i], e -> wantedLast(e, wanted));
        Matching matching = new Matching(edges, have.size());
        matching.maximize();
        // taken: paired with an entry that matches it, or shown as the counterpart of an entry that does not
        boolean[] taken = new boolean[have.size()];
        for (int h = 0; h < have.size(); h++) taken[h] = matching.entryOf(h) >= 0;
        for (int i = 0; i < wants.size(); i++) {
            if (matching.obligationOf(i) >= 0) continue;
            if (edges[i].length > 0) {
                String w = describe(wants.get(i), true);
                out.add(new Disagreement(Disagreement.Kind.OBLIGATION_FEWER, "obligations[" + i + "]", w, w, w));
                continue;
            }
            // the obligation closest to the entry is shown as its counterpart, even where another entry matched it, when
            // that entry can be paired with another obligation instead (a bare {code} entry can take any of its code)
            int closest = index.closest(wants.get(i), null);
            if (closest >= 0 && taken[closest] && matching.entryOf(closest) >= 0) {
                int freed = matching.release(closest);
                if (freed >= 0) taken[freed] = true;
                else closest = -1;
            } else if (closest >= 0 && taken[closest]) {
                closest = -1;
            }
            if (closest >= 0) {
                taken[closest] = true;
                matching.reserve(closest);
                differences(i, wants.get(i), index.have.get(closest), out);
            } else {
                unmatched(i, wants.get(i), index, taken, matching, out);
            }
        }
        for (int h = 0; h < have.size(); h++) {
            if (!taken[h]) {
                String o = describe(have.get(h), false);
                out.add(new Disagreement(Disagreement.Kind.OBLIGATION_NOT_RECORDED, "obligations", o, Disagreement.ABSENT, o));
            }
        }
    }

    /** The obligations with those {@code wanted} last, each part in its order. */
    private static int[] wantedLast(int[] options, boolean[] wanted) {
        int[] out = new int[options.length];
        int n = 0;
        for (int h : options) if (!wanted[h]) out[n++] = h;
        for (int h : options) if (wanted[h]) out[n++] = h;
        return out;
    }

    /**
     * An entry no obligation matches: the obligation of its code that agrees with it on most of its stated fields is
     * shown with the fields that differ (one disagreement each); with none of its code, it is missing. With
     * {@code used} (exact obligations), only an obligation no other entry matched is taken, and it is marked used.
     */
    private static void unmatched(int i, JsonNode want, ObligationIndex index, boolean[] used, Matching matching, List<Disagreement> out) {
        int best = index.closest(want, used);
        if (best < 0) {
            String w = describe(want, true);
            out.add(new Disagreement(Disagreement.Kind.OBLIGATION_MISSING, "obligations[" + i + "]", w, w, Disagreement.ABSENT));
            return;
        }
        if (used != null) used[best] = true;
        if (matching != null) matching.reserve(best);
        differences(i, want, index.have.get(best), out);
    }

    /** The fields an entry states that differ in the obligation shown as its counterpart, one disagreement each. */
    private static void differences(int i, JsonNode want, JsonNode o, List<Disagreement> out) {
        Set<String> differing = new LinkedHashSet<>();
        for (String f : stated(want)) if (!f.equals("code") && !equal(want.get(f), o.get(f))) differing.add(f);
        if (differing.isEmpty()) {
            // not reached while matching and comparing agree on what is equal; if they ever do not, the entry is still reported
            String w = describe(want, true);
            out.add(new Disagreement(Disagreement.Kind.OBLIGATION_MISSING, "obligations[" + i + "]", w, w, Disagreement.ABSENT));
            return;
        }
        String item = identity(o, differing);
        for (String f : differing) {
            out.add(new Disagreement(Disagreement.Kind.OBLIGATION_CHANGED, "obligations[" + i + "]." + f, item, text(want.get(f)), text(o.get(f))));
        }
    }

    /** The fields an entry states, in the order an obligation's description shows them. */
    private static List<String> stated(JsonNode want) {
        List<String> fields = new ArrayList<>();
        for (String f : OBLIGATION_ORDER) if (want.has(f)) fields.add(f);
        want.fieldNames().forEachRemaining(f -> { if (!fields.contains(f)) fields.add(f); });
        return fields;
    }

    /** An obligation as it is named where one of its fields differs: its code, subject and due day unless they differ. */
    private static String identity(JsonNode o, Set<String> differing) {
        StringBuilder sb = new StringBuilder(o.path("code").asText());
        if (!differing.contains("subject") && o.hasNonNull("subject")) sb.append(' ').append(o.get("subject").asText());
        if (!differing.contains("due") && o.hasNonNull("due")) sb.append(" förfaller / due ").append(o.get("due").asText());
        return sb.toString();
    }

    /**
     * An obligation in words: {@code COST_ACCOUNT förfaller / due 2024-07-30 (OVERDUE)}, with its period where it has one;
     * a recorded entry also with the rule it states.
     */
    static String describe(JsonNode o, boolean entry) {
        StringBuilder sb = new StringBuilder(o.path("code").asText());
        if (o.hasNonNull("subject")) sb.append(' ').append(o.get("subject").asText());
        if (o.hasNonNull("due")) sb.append(" förfaller / due ").append(o.get("due").asText());
        if (o.hasNonNull("status")) sb.append(" (").append(o.get("status").asText()).append(')');
        for (String f : entry ? List.of("period", "rule") : List.of("period")) {
            if (o.hasNonNull(f)) sb.append(' ').append(obligationField(f)).append(' ').append(text(o.get(f)));
        }
        return sb.toString();
    }

    /** A value shown within words: a text without quotes, anything else as JSON, nothing as {@code absent}. */
    private static String text(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return Disagreement.ABSENT;
        return v.isTextual() ? v.asText() : v.toString();
    }

    /**
     * A value as a disagreement shows it: whole, as JSON, and nothing as {@code absent}. (A problem with the form
     * of an expectation shows the value short, as the case reader does: {@link TreeValidator#show(JsonNode)}.)
     */
    static String show(JsonNode n) { return n == null || n.isMissingNode() ? Disagreement.ABSENT : n.toString(); }

    /**
     * The obligations of a result indexed by the values of any set of fields, so that the obligations an entry matches
     * are found without comparing it with each (a grant of 10 000 payments has 10 000 interim reports).
     */
    static final class ObligationIndex {
        final List<JsonNode> have;
        private final Map<List<String>, Map<String, int[]>> bySignature = new HashMap<>();
        private final Map<int[], Integer> cursors = new java.util.IdentityHashMap<>();

        ObligationIndex(List<JsonNode> have) { this.have = have; }

        /** The obligations with the same value in every field the entry states (in result order). */
        int[] matching(JsonNode want) {
            return lookup(stated(want), want);
        }

        private int[] lookup(List<String> fields, JsonNode want) {
            Map<String, int[]> index = bySignature.computeIfAbsent(fields, this::build);
            int[] found = index.get(key(fields, want));
            return found == null ? new int[0] : found;
        }

        private Map<String, int[]> build(List<String> fields) {
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int h = 0; h < have.size(); h++) lists.computeIfAbsent(key(fields, have.get(h)), k -> new ArrayList<>()).add(h);
            Map<String, int[]> index = new HashMap<>();
            lists.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            return index;
        }

        private static String key(List<String> fields, JsonNode o) {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) sb.append(canonical(o.get(f))).append('\u0003');
            return sb.toString();
        }

        /**
         * The obligation with the entry's code that agrees with it on the most of its other stated fields (the first in
         * result order among equals), or -1 when there is none; with {@code used}, only one not used.
         */
        int closest(JsonNode want, boolean[] used) {
            List<String> others = new ArrayList<>(stated(want));
            others.remove("code");
            // subsets of the other fields, largest first: the first that finds an obligation agrees the most
            int n = Math.min(others.size(), 16);
            List<Integer> masks = new ArrayList<>();
            for (int m = (1 << n) - 1; m >= 0; m--) masks.add(m);
            masks.sort((a, b) -> Integer.compare(Integer.bitCount(b), Integer.bitCount(a)));
            for (int m : masks) {
                List<String> fields = new ArrayList<>();
                fields.add("code");
                for (int b = 0; b < n; b++) if ((m & (1 << b)) != 0) fields.add(others.get(b));
                int[] found = lookup(fields, want);
                if (used == null) {
                    if (found.length > 0) return found[0];
                } else {
                    // the obligations before the cursor are all used (marks are only ever added)
                    int c = cursors.getOrDefault(found, 0);
                    while (c < found.length && used[found[c]]) c++;
                    cursors.put(found, c);
                    if (c < found.length) return found[c];
                }
            }
            return -1;
        }
    }

    /**
     * Maximum bipartite matching of entries and obligations (Kuhn's augmenting paths after a greedy start). Iterative, so
     * long paths need no stack; entries with the same obligations to choose from share one array of them and, within a
     * search, one position in it, so that 10 000 bare {@code {code}} entries are paired in linear time, not quadratic.
     */
    static final class Matching {
        private final int[][] edges;
        private final int[] entryOf, obligationOf, seen;
        private final Map<int[], Integer> cursor = new java.util.IdentityHashMap<>();
        private int round;

        /** {@code edges[i]}: the obligations entry {@code i} may take. */
        Matching(int[][] edges, int obligations) {
            this.edges = edges;
            entryOf = new int[obligations];
            obligationOf = new int[edges.length];
            seen = new int[obligations];
            Arrays.fill(entryOf, -1);
            Arrays.fill(obligationOf, -1);
        }

        private static final int RESERVED = -2;

        /** Keeps a free obligation out of every later path (it is shown as the counterpart of an entry that does not match it). */
        void reserve(int obligation) {
            if (entryOf[obligation] != -1) throw new IllegalStateException("obligation " + obligation + " is not free");
            entryOf[obligation] = RESERVED;
        }

        /** The entry an obligation is paired with, or -1 (or less: free, or reserved). */
        int entryOf(int obligation) { return entryOf[obligation]; }

        /** The obligation an entry is paired with, or -1. */
        int obligationOf(int entry) { return obligationOf[entry]; }

        /** Pairs as many entries as any pairing can. */
        void maximize() {
            // greedy start: each entry takes the first free obligation it may take
            for (int i = 0; i < edges.length; i++) {
                int c = cursor.getOrDefault(edges[i], 0);
                while (c < edges[i].length && entryOf[edges[i][c]] >= 0) c++;
                cursor.put(edges[i], c);
                if (c < edges[i].length) {
                    entryOf[edges[i][c]] = i;
                    obligationOf[i] = edges[i][c];
                }
            }
            // then an augmenting path for each entry left over; an entry with no path now never has one later, and
            // neither has an entry with the same obligations to choose from
            Set<int[]> hopeless = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int i = 0; i < edges.length; i++) {
                if (obligationOf[i] >= 0 || edges[i].length == 0 || hopeless.contains(edges[i])) continue;
                if (augment(i, -1) < 0) hopeless.add(edges[i]);
            }
        }

        /**
         * Frees an obligation by pairing its entry with another one (along an augmenting path that avoids it), keeping
         * every entry paired that was. Returns the obligation newly taken, or -1 (nothing changed) when there is none.
         */
        int release(int obligation) {
            int entry = entryOf[obligation];
            entryOf[obligation] = -1;
            obligationOf[entry] = -1;
            int taken = augment(entry, obligation);
            if (taken < 0) {
                entryOf[obligation] = entry;
                obligationOf[entry] = obligation;
            } else if (entryOf[obligation] >= 0) {
                throw new IllegalStateException("the released obligation was taken again");
            }
            return taken;
        }

        /** Searches an augmenting path from an unpaired entry (never through {@code avoid}); returns the free obligation it ends in, or -1. */
        private int augment(int start, int avoid) {
            round++;
            cursor.clear();
            if (avoid >= 0) seen[avoid] = round;
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(start);
            while (!stack.isEmpty()) {
                int entry = stack.peek();
                int[] options = edges[entry];
                int c = cursor.getOrDefault(options, 0);
                while (c < options.length && seen[options[c]] == round) c++;
                if (c >= options.length) {
                    cursor.put(options, c);
                    stack.pop();
                    continue;
                }
                int h = options[c];
                cursor.put(options, c + 1);
                seen[h] = round;
                if (entryOf[h] == RESERVED) continue;
                if (entryOf[h] < 0) {
                    // free: flip the path, from this obligation back to the start
                    int obligation = h;
                    for (int e : stack) {
                        int previous = obligationOf[e];
                        entryOf[obligation] = e;
                        obligationOf[e] = obligation;
                        obligation = previous;
                        if (obligation < 0) break;
                    }
                    return h;
                }
                stack.push(entryOf[h]);
            }
            return -1;
        }
    }

    /** Swedish names of an obligation's fields, with the field beside it (as {@link Disagreement#describe()} shows them). */
    private static final Map<String, String> OBLIGATION_FIELDS = Map.of("code", "kod", "subject", "avser", "due", "förfaller",
            "status", "status", "period", "period", "rule", "regel", "message", "meddelande", "source", "källa");

    /** An obligation's field ({@code due}) as {@code förfaller / due}. */
    private static String obligationField(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        String sv = OBLIGATION_FIELDS.get(name);
        return sv == null || sv.equals(name) ? name : sv + " / " + name;
    }
}
