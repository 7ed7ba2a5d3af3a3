package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.Assumption;
import se.integration.policy.core.result.PolicyRef;

/**
 * What changed between two versions, read from the packages themselves: their metadata (validity,
 * document type, source...), their assumptions, their parameters (entries of one type paired by
 * {@link se.integration.policy.core.facts.ParameterFact#identity()}) and their own rules (paired by
 * rule name, with each rule's {@code @cite}), and which of the core's shared rule sets each includes.
 * Every change carries the citation on each side where it has one.
 *
 * @param warnings    things a reader should know, such as two versions of different municipalities
 * @param metadata    changed fields of the packages' metadata
 * @param parameters  parameters added, removed or changed
 * @param unchangedParameters how many parameters pair with one of equal values citing the same words
 * @param rules       the packages' own rules added, removed, or citing other words, each with its topic
 * @param keptRules   names of own rules in both with the same citation
 */
@JsonPropertyOrder({"from", "to", "sameMunicipality", "warnings", "metadata", "assumptions", "parameters",
        "unchangedParameters", "rules", "keptRules", "sharedRules"})
public record PolicyDiff(
        PolicyRef from,
        PolicyRef to,
        boolean sameMunicipality,
        List<String> warnings,
        List<FieldChange> metadata,
        List<AssumptionChange> assumptions,
        List<Change> parameters,
        int unchangedParameters,
        List<RuleChange> rules,
        List<String> keptRules,
        SharedRules sharedRules) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * The name in {@link Change#changed()} of a pair whose values are all equal but whose citations
     * quote other words (beyond case, white space and final punctuation): the document says the same
     * thing in other words, and both quotes are in {@code fromCite} and {@code toCite}.
     */
    public static final String WORDING = "wording";

    /**
     * What a parameter or a rule is about, for grouping a diff into the questions analysts ask. For
     * parameters derived from the core's parameter types (a package's own types are {@code OTHER});
     * for rules from their {@code @topic} or from what they insert (see {@link PolicyDiffs}).
     */
    public enum Topic { ELIGIBILITY, HEADINGS, ATTACHMENTS_AND_SIGNATURE, PRIORITY, DECISION, CONSULTATIONS, PREPARATION, DUTIES_AND_DEADLINES,
        REPAYMENT, FOCUS_AREAS, REVISION, OTHER }

    public PolicyDiff {
        warnings = List.copyOf(warnings);
        metadata = List.copyOf(metadata);
        assumptions = List.copyOf(assumptions);
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        keptRules = List.copyOf(keptRules);
    }

    /** {@return whether the two versions differ in anything this diff looks at} */
    @JsonIgnore
    public boolean isEmpty() {
        return metadata.isEmpty() && assumptions.isEmpty() && parameters.isEmpty() && rules.isEmpty()
                && sharedRules.onlyFrom().isEmpty() && sharedRules.onlyTo().isEmpty();
    }

    /** {@return the parameter changes of one type (its simple name, as in the parameters file's {@code "fact"})} */
    public List<Change> parameters(String type) { return parameters.stream().filter(c -> c.type().equals(type)).toList(); }

    /** {@return the parameter change of a type and identity, or {@code null}} */
    public Change parameter(String type, String identity) {
        for (Change c : parameters) if (c.type().equals(type) && c.identity().equals(identity)) return c;
        return null;
    }

    /** {@return the rule changes of one topic} */
    public List<RuleChange> rules(Topic topic) { return rules.stream().filter(r -> r.topic() == topic).toList(); }

    /** {@return the parameter changes of one topic} */
    public List<Change> parameters(Topic topic) { return parameters.stream().filter(c -> c.topic() == topic).toList(); }

    /** {@return the rule change of a rule name, or {@code null}} */
    public RuleChange rule(String name) {
        for (RuleChange r : rules) if (r.name().equals(name)) return r;
        return null;
    }

    /** A passage of a package's source document, by its citation id. */
    @JsonPropertyOrder({"id", "document", "section", "quote"})
    public record Cited(String id, String document, String section, String quote) {}

    /** A metadata field that differs: its value in each version (as JSON). */
    @JsonPropertyOrder({"field", "from", "to"})
    public record FieldChange(String field, JsonNode from, JsonNode to) {}

    /** An assumption (by id) added, removed or reworded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "id", "from", "to"})
    public record AssumptionChange(Kind kind, String id, Assumption from, Assumption to) {}

    /**
     * A parameter added, removed or changed. {@code from}/{@code to} are its fields in each version
     * (without {@code fact} and {@code cite}; absent on the side that lacks it), {@code changed} the
     * names of the fields that differ (or {@link #WORDING} alone where the values are equal and the
     * quotes are not), {@code fromCite}/{@code toCite} the passage each side cites.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "topic", "type", "identity", "changed", "from", "to", "fromCite", "toCite"})
    public record Change(Kind kind, Topic topic, String type, String identity, List<String> changed,
                         Map<String, JsonNode> from, Map<String, JsonNode> to, Cited fromCite, Cited toCite) {
        /** {@return the value of a field on the older ({@code from}) side, as text, or {@code null}} */
        public String before(String field) { return text(from, field); }

        /** {@return the value of a field on the newer ({@code to}) side, as text, or {@code null}} */
        public String after(String field) { return text(to, field); }

        private static String text(Map<String, JsonNode> m, String field) {
            if (m == null) return null;
            JsonNode n = m.get(field);
            return n == null || n.isNull() ? null : n.isValueNode() ? n.asText() : n.toString();
        }
    }

    /** One of a package's own rules: its name, DRL package and the passage it cites ({@code null} where its outcomes cite data). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "drlPackage", "cite"})
    public record RuleInfo(String name, String drlPackage, Cited cite) {}

    /**
     * A rule only one version has, or one both have that cites other words; {@code topic} is what the
     * rule is about (the newer side's where both have it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "topic", "name", "from", "to"})
    public record RuleChange(Kind kind, Topic topic, String name, RuleInfo from, RuleInfo to) {}

    /** The core's shared rule sets each version includes: the common machinery both judge with. */
    @JsonPropertyOrder({"from", "to", "common", "onlyFrom", "onlyTo"})
    public record SharedRules(List<String> from, List<String> to, List<String> common, List<String> onlyFrom, List<String> onlyTo) {}
}
