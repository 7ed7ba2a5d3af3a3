package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
 * @param from        the older version
 * @param to          the newer version
 * @param sameMunicipality whether both versions are of one municipality
 * @param warnings    things a reader should know, such as two versions of different municipalities
 * @param metadata    changed fields of the packages' metadata
 * @param assumptions assumptions added, removed or reworded
 * @param parameters  parameters added, removed or changed
 * @param unchangedParameters how many parameters pair with one of equal values citing the same words
 * @param rules       the packages' own rules added, removed, or citing other words, each with its topic
 * @param keptRules   names of own rules in both with the same citation
 * @param sharedRules the core's shared rule sets each version includes
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

    /** Whether something was added, removed or changed. */
    public enum Kind {
        /** Only the newer version has it. */
        ADDED,
        /** Only the older version has it. */
        REMOVED,
        /** Both have it, with other values or other words. */
        CHANGED
    }

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
    public enum Topic {
        /** Who and what may be granted. */
        ELIGIBILITY,
        /** The headings an application must contain. */
        HEADINGS,
        /** Attachments and who signs. */
        ATTACHMENTS_AND_SIGNATURE,
        /** Priority areas and factors. */
        PRIORITY,
        /** Who decides. */
        DECISION,
        /** Who is consulted. */
        CONSULTATIONS,
        /** Who prepares the decision and meets the applicant. */
        PREPARATION,
        /** Duties, reports and their deadlines. */
        DUTIES_AND_DEADLINES,
        /** Grounds for repayment. */
        REPAYMENT,
        /** Focus areas of action plans. */
        FOCUS_AREAS,
        /** When the policy is to be revised. */
        REVISION,
        /** Anything else, and a package's own parameter types. */
        OTHER
    }

    /**
     * Copies the lists.
     *
     * @param from the older version
     * @param to the newer version
     * @param sameMunicipality whether both versions are of one municipality
     * @param warnings things a reader should know, such as two versions of different municipalities
     * @param metadata changed fields of the packages' metadata
     * @param assumptions assumptions added, removed or reworded
     * @param parameters parameters added, removed or changed
     * @param unchangedParameters how many parameters pair with one of equal values citing the same words
     * @param rules the packages' own rules added, removed, or citing other words, each with its topic
     * @param keptRules names of own rules in both with the same citation
     * @param sharedRules the core's shared rule sets each version includes
     * @throws NullPointerException if {@code warnings} or {@code metadata} or {@code assumptions} or {@code parameters} or {@code rules} or {@code keptRules} is {@code null}
     */
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

    /**
     * {@return the parameter changes of one type (its simple name, as in the parameters file's {@code "fact"})}
     *
     * @param type the type's simple name
     */
    public List<Change> parameters(String type) { return parameters.stream().filter(c -> c.type().equals(type)).toList(); }

    /**
     * {@return the parameter change of a type and identity, or {@code null}}
     *
     * @param type the type's simple name
     * @param identity the parameter's identity
     */
    public Change parameter(String type, String identity) {
        for (Change c : parameters) if (c.type().equals(type) && c.identity().equals(identity)) return c;
        return null;
    }

    /**
     * {@return the rule changes of one topic}
     *
     * @param topic the topic
     */
    public List<RuleChange> rules(Topic topic) { return rules.stream().filter(r -> r.topic() == topic).toList(); }

    /**
     * {@return the parameter changes of one topic}
     *
     * @param topic the topic
     */
    public List<Change> parameters(Topic topic) { return parameters.stream().filter(c -> c.topic() == topic).toList(); }

    /**
     * {@return the rule change of a rule name, or {@code null}}
     *
     * @param name the rule name
     */
    public RuleChange rule(String name) {
        for (RuleChange r : rules) if (r.name().equals(name)) return r;
        return null;
    }

    /**
     * A passage of a package's source document, by its citation id.
     *
     * @param id       the citation id
     * @param document the document, or {@code null} for the version's own source
     * @param title    the document's title and year, for readers (an addition), or {@code null}
     * @param section  the section heading
     * @param quote    the quote
     */
    @JsonPropertyOrder({"id", "document", "title", "section", "quote"})
    public record Cited(String id, String document, String title, String section, String quote) {
        /**
         * A passage without the document's title.
         *
         * @param id       the citation id
         * @param document the document, or {@code null} for the version's own source
         * @param section  the section heading
         * @param quote    the quote
         */
        public Cited(String id, String document, String section, String quote) { this(id, document, null, section, quote); }
    }

    /**
     * A metadata field that differs: its value in each version, as plain JSON values (a {@code String}, {@code Boolean},
     * {@code Long}, {@code Double}, an unmodifiable {@code List} or {@code Map} of such values, or {@code null}; as
     * {@link se.integration.policy.core.model.PolicyCase#meta()} describes), written as JSON as before.
     *
     * @param field the metadata field
     * @param from  its value in the older version
     * @param to    its value in the newer version
     */
    @JsonPropertyOrder({"field", "from", "to"})
    public record FieldChange(String field, Object from, Object to) {}

    /**
     * An assumption (by id) added, removed or reworded.
     *
     * @param kind added, removed or changed
     * @param id   the assumption's id
     * @param from the older version's assumption, or {@code null}
     * @param to   the newer version's assumption, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "id", "from", "to"})
    public record AssumptionChange(Kind kind, String id, Assumption from, Assumption to) {}

    /**
     * A parameter added, removed or changed. {@code from}/{@code to} are its fields in each version
     * (without {@code fact} and {@code cite}; absent on the side that lacks it), each as a plain JSON value (as in
     * {@link FieldChange}), {@code changed} the
     * names of the fields that differ (or {@link #WORDING} alone where the values are equal and the
     * quotes are not), {@code fromCite}/{@code toCite} the passage each side cites.
     *
     * @param kind     added, removed or changed
     * @param topic    what it is about
     * @param type     the parameter type's simple name
     * @param identity the parameter's identity
     * @param changed  the names of the fields that differ, or {@code null}
     * @param from     the fields in the older version, or {@code null}
     * @param to       the fields in the newer version, or {@code null}
     * @param fromCite the passage the older version cites, or {@code null}
     * @param toCite   the passage the newer version cites, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "topic", "type", "identity", "changed", "from", "to", "fromCite", "toCite"})
    public record Change(Kind kind, Topic topic, String type, String identity, List<String> changed,
                         Map<String, Object> from, Map<String, Object> to, Cited fromCite, Cited toCite) {
        /**
         * {@return the value of a field on the older ({@code from}) side, as text, or {@code null}}
         *
         * @param field the field name
         */
        public String before(String field) { return text(from, field); }

        /**
         * {@return the value of a field on the newer ({@code to}) side, as text, or {@code null}}
         *
         * @param field the field name
         */
        public String after(String field) { return text(to, field); }

        private static String text(Map<String, Object> m, String field) {
            if (m == null) return null;
            Object n = m.get(field);
            if (n == null) return null;
            if (!(n instanceof Map<?, ?>) && !(n instanceof List<?>)) return n.toString();
            try {
                return JSON.writeValueAsString(n);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    }

    /**
     * One of a package's own rules: its name, DRL package and the passage it cites ({@code null} where its outcomes cite data).
     *
     * @param name       the rule name
     * @param drlPackage the DRL package
     * @param cite       the passage it cites, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "drlPackage", "cite"})
    public record RuleInfo(String name, String drlPackage, Cited cite) {}

    /**
     * A rule only one version has, or one both have that cites other words; {@code topic} is what the
     * rule is about (the newer side's where both have it).
     *
     * @param kind  added, removed or changed
     * @param topic what the rule is about
     * @param name  the rule name
     * @param from  the rule in the older version, or {@code null}
     * @param to    the rule in the newer version, or {@code null}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "topic", "name", "from", "to"})
    public record RuleChange(Kind kind, Topic topic, String name, RuleInfo from, RuleInfo to) {}

    /**
     * The core's shared rule sets each version includes: the common machinery both judge with.
     *
     * @param from     the older version's shared rule sets
     * @param to       the newer version's
     * @param common   those both include
     * @param onlyFrom those only the older includes
     * @param onlyTo   those only the newer includes
     */
    @JsonPropertyOrder({"from", "to", "common", "onlyFrom", "onlyTo"})
    public record SharedRules(List<String> from, List<String> to, List<String> common, List<String> onlyFrom, List<String> onlyTo) {}
}
