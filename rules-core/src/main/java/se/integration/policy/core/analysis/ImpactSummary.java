package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The impact of moving from one version to the next over many cases, in counts only (memory does not
 * grow with the number of cases): add each {@link Comparison}, then read, for each step between
 * consecutive versions (A → B, B → C), how many cases change, and for each field how often: scalar
 * fields (eligibility, completeness, who decides, who prepares, the meeting, repayment) as transitions
 * {@code "before → after"}, keyed fields (consulted parties, priority factors, findings, obligations)
 * as keys that appear, disappear or change value; and for each version what it decides in total.
 *
 * <p>{@code POLICY_NOT_IN_FORCE} is left out of the differences: two consecutive versions are never
 * both in force on one day, so one of them says so on every case, and counting it would make every
 * case "changed". Instead each version counts the cases it judged while not in force
 * ({@link Tally#notInForce()}); the row stays in each comparison (and is marked there as differing).
 *
 * <p>Keys are counted as they are, except that a subject that is a date ({@code PAYMENT_WITHOUT_INTERIM_REPORT
 * 2024-03-05}) is counted as {@code <date>}, and a count map stops growing at {@link #MAX_KEYS} keys
 * (further keys are counted under {@link #OTHERS}), so that the summary stays bounded whatever the input.
 * Not thread-safe: add from one thread (or synchronise).
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"policies", "cases", "casesWithDifferences", "perPolicy", "steps"})
public final class ImpactSummary {
    /** At most this many keys in any count map. */
    public static final int MAX_KEYS = 500;
    /** The key under which keys past {@link #MAX_KEYS} are counted. */
    public static final String OTHERS = "(others)";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** How an absent value shows in a transition. */
    public static final String ABSENT = "–";
    /** The finding of a version judging a case on a day it was not in force: counted apart ({@link Tally#notInForce()}). */
    public static final String NOT_IN_FORCE = "POLICY_NOT_IN_FORCE";

    private final List<String> policies;
    private long cases, casesWithDifferences;
    private final Map<String, Tally> perPolicy = new LinkedHashMap<>();
    private final List<Step> steps = new ArrayList<>();

    /**
     * An empty summary of these versions, in this order.
     *
     * @param policies the version ids
     * @throws IllegalArgumentException if no version is named
     */
    public ImpactSummary(List<String> policies) {
        if (policies.isEmpty()) throw new IllegalArgumentException("name at least one version");
        this.policies = List.copyOf(policies);
        for (String p : policies) perPolicy.put(p, new Tally());
        for (int i = 1; i < policies.size(); i++) steps.add(new Step(policies.get(i - 1), policies.get(i)));
    }

    /**
     * Counts one comparison (of the same versions, in the same order).
     *
     * @param c the comparison
     * @throws IllegalArgumentException if the comparison is of other versions, or in another order
     */
    public void add(Comparison c) {
        if (!c.policies().equals(policies)) throw new IllegalArgumentException("a comparison of " + c.policies() + ", not " + policies);
        cases++;
        if (c.rows().stream().anyMatch(r -> r.differs() && !notInForce(r))) casesWithDifferences++;
        for (String p : policies) perPolicy.get(p).add(c, p);
        for (Step s : steps) s.add(c);
    }

    /** {@return the version ids, in order} */
    @JsonProperty public List<String> policies() { return policies; }

    /** {@return cases compared} */
    @JsonProperty public long cases() { return cases; }

    /**
     * {@return whether a row is a version's {@code POLICY_NOT_IN_FORCE} finding (counted apart, not as a difference)}
     *
     * @param r the row
     */
    public static boolean notInForce(Row r) {
        return r.field().equals(Row.FINDINGS) && isNotInForce(r.key());
    }

    /**
     * Whether a finding, named by its code and subject as {@link Row#key()} and replay's disagreements name it
     * ({@code POLICY_NOT_IN_FORCE jonkoping-2023}), is a version's {@code POLICY_NOT_IN_FORCE}.
     *
     * @param finding the finding's code, or code and subject separated by a space; may be null
     * @return whether it is a {@code POLICY_NOT_IN_FORCE} finding
     */
    public static boolean isNotInForce(String finding) {
        return finding != null && (finding.equals(NOT_IN_FORCE) || finding.startsWith(NOT_IN_FORCE + " "));
    }

    /** {@return cases on which some version differs from another (a version's not being in force aside)} */
    @JsonProperty public long casesWithDifferences() { return casesWithDifferences; }

    /** {@return what each version decides over all cases} */
    @JsonProperty public Map<String, Tally> perPolicy() { return Collections.unmodifiableMap(perPolicy); }

    /** {@return one step per pair of consecutive versions} */
    @JsonProperty public List<Step> steps() { return Collections.unmodifiableList(steps); }

    /**
     * {@return the step from one version to another (consecutive in the order named)}
     *
     * @param from the older version id
     * @param to the newer version id
     * @throws IllegalArgumentException if there is no such step
     */
    public Step step(String from, String to) {
        for (Step s : steps) if (s.from.equals(from) && s.to.equals(to)) return s;
        throw new IllegalArgumentException("no step " + from + " → " + to);
    }

    static String foldKey(String key) {
        int space = key.indexOf(' ');
        if (space > 0 && DATE.matcher(key.substring(space + 1)).matches()) return key.substring(0, space) + " <date>";
        return key;
    }

    static void bump(Map<String, Long> counts, String key) {
        if (counts.size() >= MAX_KEYS && !counts.containsKey(key)) key = OTHERS;
        counts.merge(key, 1L, Long::sum);
    }

    /**
     * What one version decides over all cases: how many are eligible and complete, on how many it was
     * not in force, who decides how often, each finding's count ({@code POLICY_NOT_IN_FORCE} aside).
     */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonPropertyOrder({"eligible", "complete", "notInForce", "authorities", "findings"})
    public static final class Tally {
        private long eligible, complete, notInForce;
        private final Map<String, Long> authorities = new LinkedHashMap<>(), findings = new LinkedHashMap<>();

        void add(Comparison c, String policy) {
            if ("true".equals(value(c, Row.ELIGIBLE, policy))) eligible++;
            if ("true".equals(value(c, Row.COMPLETE, policy))) complete++;
            String authority = value(c, Row.AUTHORITY, policy);
            bump(authorities, authority != null ? authority : ABSENT);
            boolean outOfForce = false;
            for (Row r : c.rows(Row.FINDINGS)) {
                if (!r.of(policy).present()) continue;
                if (ImpactSummary.notInForce(r)) outOfForce = true;
                else bump(findings, foldKey(r.key()));
            }
            if (outOfForce) notInForce++;
        }

        private static String value(Comparison c, String field, String policy) {
            Row r = c.row(field, null);
            return r == null ? null : r.of(policy).value();
        }

        /** {@return cases this version finds eligible} */
        @JsonProperty public long eligible() { return eligible; }
        /** {@return cases this version finds complete} */
        @JsonProperty public long complete() { return complete; }
        /** {@return cases this version judged on a day it was not in force (its {@code POLICY_NOT_IN_FORCE})} */
        @JsonProperty public long notInForce() { return notInForce; }
        /** {@return per deciding authority, the cases this version gives it} */
        @JsonProperty public Map<String, Long> authorities() { return FieldImpact.sorted(authorities); }
        /** {@return per finding key, the cases in which this version raises it} */
        @JsonProperty public Map<String, Long> findings() { return FieldImpact.sorted(findings); }
    }

    /** The change from one version to the next over all cases. */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonPropertyOrder({"from", "to", "casesChanged", "fields"})
    public static final class Step {
        private final String from, to;
        private long casesChanged;
        private final Map<String, FieldImpact> fields = new LinkedHashMap<>();

        Step(String from, String to) {
            this.from = from;
            this.to = to;
            for (String f : Row.FIELDS) fields.put(f, new FieldImpact());
        }

        void add(Comparison c) {
            boolean changed = false;
            Map<String, Boolean> fieldChanged = new LinkedHashMap<>();
            for (Row r : c.rows()) {
                Cell a = r.of(from), b = r.of(to);
                if (Objects.equals(a.value(), b.value()) || notInForce(r)) continue;
                changed = true;
                fieldChanged.put(r.field(), true);
                FieldImpact f = fields.computeIfAbsent(r.field(), k -> new FieldImpact());
                if (!r.keyed()) {
                    bump(f.transitions, show(a) + " → " + show(b));
                } else {
                    String key = foldKey(r.key());
                    if (!a.present()) bump(f.appeared, key);
                    else if (!b.present()) bump(f.disappeared, key);
                    else bump(f.changed, key + ": " + a.value() + " → " + b.value());
                }
            }
            for (String f : fieldChanged.keySet()) fields.get(f).cases++;
            if (changed) casesChanged++;
        }

        private static String show(Cell c) { return c.present() ? c.value() : ABSENT; }

        /** {@return the older version id} */
        @JsonProperty public String from() { return from; }
        /** {@return the newer version id} */
        @JsonProperty public String to() { return to; }
        /** {@return cases whose judgement differs between the two versions in any field (a version's not being in force aside)} */
        @JsonProperty public long casesChanged() { return casesChanged; }
        /** {@return per field of {@link Row#FIELDS}, how it changes} */
        @JsonProperty public Map<String, FieldImpact> fields() { return Collections.unmodifiableMap(fields); }
        /**
         * How one field changes.
         *
         * @param name the field, one of {@link Row#FIELDS}
         * @return its impact, or {@code null} for an unknown field
         */
        public FieldImpact field(String name) { return fields.get(name); }
    }

    /**
     * How one field changes in a step: in how many cases, and for a scalar field each transition
     * ({@code "false → true"}) with its count; for a keyed field the keys that appear, disappear, or
     * (present on both sides) change value, each with its count.
     */
    @JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonPropertyOrder({"cases", "transitions", "appeared", "disappeared", "changed"})
    public static final class FieldImpact {
        private long cases;
        private final Map<String, Long> transitions = new LinkedHashMap<>(), appeared = new LinkedHashMap<>(),
                disappeared = new LinkedHashMap<>(), changed = new LinkedHashMap<>();

        /** {@return cases in which the field changes} */
        @JsonProperty public long cases() { return cases; }
        /** {@return per transition of a scalar field ({@code "false → true"}), its count} */
        @JsonProperty public Map<String, Long> transitions() { return sorted(transitions); }
        /** {@return per key that appears in the newer version, its count} */
        @JsonProperty public Map<String, Long> appeared() { return sorted(appeared); }
        /** {@return per key that disappears in the newer version, its count} */
        @JsonProperty public Map<String, Long> disappeared() { return sorted(disappeared); }
        /** {@return per key whose value changes (with the values), its count} */
        @JsonProperty public Map<String, Long> changed() { return sorted(changed); }

        /** Most frequent first, then by key. */
        static Map<String, Long> sorted(Map<String, Long> m) {
            Map<String, Long> out = new LinkedHashMap<>();
            m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return Collections.unmodifiableMap(out);
        }
    }
}
