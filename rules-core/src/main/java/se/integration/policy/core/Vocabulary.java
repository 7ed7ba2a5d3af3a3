package se.integration.policy.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.integration.policy.core.facts.AttachmentRequirement;
import se.integration.policy.core.facts.FocusArea;
import se.integration.policy.core.facts.HeadingRequirement;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.facts.SignatoryRequirement;
import se.integration.policy.core.facts.Term;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.GrantApplication;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.Problem;

/**
 * Input checks that depend on a version's own vocabularies, read from its parameters: the keys of a
 * grant application's {@code sections}, {@code attachments} and {@code signatory}, of an action plan's
 * {@code followUp.sections} ({@link Term}s) and its measures' {@code focusAreas} ({@link FocusArea}s,
 * contract §1.2: "each package names the focus areas of its own document"). The general reader checks
 * only that a key is well formed; this check runs once the judging version is known: one set lookup a key.
 *
 * <p>The keys contract 1.0 lists (§1.1, §1.2) stay valid under every version of their kind of case: "a known
 * heading that the version does not ask for is accepted and ignored". A version adds keys of its own
 * with {@code Term}s in its data; a key neither lists is invalid input under that version.
 */
final class Vocabulary {
    private Vocabulary() {}

    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** The keys contract 1.0 lists, accepted by every version judging their kind of case. */
    static final Map<String, List<String>> CONTRACT_KEYS = Map.of(
            Term.HEADING, List.of("ORGANISATION", "PURPOSE_AND_GOALS", "TARGET_GROUP", "INTEGRATION", "MEETINGS",
                    "LIVING_CONDITIONS", "TRUST", "ACTIVITIES", "TIMETABLE", "PARTNERS", "GENDER_EQUALITY", "REACH_BY_GENDER",
                    "INNOVATION", "BUDGET", "AFTER_PROJECT", "INTERNAL_INFORMATION", "WHY_NOT_REGULAR_BUDGET",
                    "INTEGRATION_INTO_REGULAR_OPERATIONS"),
            Term.ATTACHMENT, List.of("STATUTES", "ANNUAL_REPORT", "AUDIT_REPORT", "BUDGET_CURRENT_YEAR"),
            Term.SIGNATORY, List.of("CHAIR", "HEAD_OF_OPERATIONS", "OTHER"),
            Term.FOLLOW_UP_SECTION, List.of("MEASURABLE_GOALS", "WORK_DONE", "RESULTS", "INTEGRATION_PERSPECTIVE"));

    /** The vocabularies of each kind of case. */
    static final Map<CaseKind, List<String>> BY_KIND = Map.of(
            CaseKind.GRANT_APPLICATION, List.of(Term.HEADING, Term.ATTACHMENT, Term.SIGNATORY),
            CaseKind.ACTION_PLAN, List.of(Term.FOLLOW_UP_SECTION),
            CaseKind.ALLOCATION, List.of());

    /** How the check and the schema name a vocabulary in a message, in Swedish and English. */
    private static final Map<String, String> NAMES = Map.of(Term.HEADING, "a heading", Term.ATTACHMENT, "an attachment",
            Term.SIGNATORY, "a signatory", Term.FOLLOW_UP_SECTION, "a follow-up section");

    /** A version's known keys by vocabulary ("focusArea" for its focus areas, empty when it names none). */
    record Index(Map<String, Set<String>> known) {
        Set<String> of(String vocabulary) { return known.getOrDefault(vocabulary, Set.of()); }
    }

    static final String FOCUS_AREA = "focusArea";

    /** Indexes made once per definition (drafts come and go: a bound keeps the map small). */
    private static final Map<Same, Index> INDEXES = new ConcurrentHashMap<>();

    /** A definition compared by identity (a record's own equals would compare every parameter). */
    private record Same(PolicyDefinition definition) {
        @Override public boolean equals(Object o) { return o instanceof Same s && s.definition == definition; }

        @Override public int hashCode() { return System.identityHashCode(definition); }
    }

    static Index index(PolicyDefinition definition) {
        Index index = INDEXES.get(new Same(definition));
        if (index != null) return index;
        Map<String, Set<String>> known = new LinkedHashMap<>();
        for (CaseKind kind : definition.kinds()) {
            for (String vocabulary : BY_KIND.getOrDefault(kind, List.of())) {
                Set<String> keys = known.computeIfAbsent(vocabulary, v -> new LinkedHashSet<>());
                for (Term t : definition.parameters(Term.class)) if (t.vocabulary().equals(vocabulary)) keys.add(t.key());
                keys.addAll(CONTRACT_KEYS.get(vocabulary));
            }
        }
        Set<String> areas = new LinkedHashSet<>();
        for (FocusArea f : definition.parameters(FocusArea.class)) areas.add(f.key());
        if (!areas.isEmpty()) known.put(FOCUS_AREA, areas);
        known.replaceAll((v, keys) -> Collections.unmodifiableSet(keys));
        index = new Index(Collections.unmodifiableMap(known));
        if (INDEXES.size() >= 256) INDEXES.clear();
        INDEXES.put(new Same(definition), index);
        return index;
    }

    static List<Problem> check(PolicyCase policyCase, PolicyDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        Index index = index(definition);
        if (policyCase instanceof GrantApplication g) {
            Set<String> headings = index.of(Term.HEADING);
            for (String key : g.sections().keySet()) unknown(problems, headings, key, "$.sections." + key, Term.HEADING, definition);
            Set<String> attachments = index.of(Term.ATTACHMENT);
            for (int i = 0; i < g.attachments().size(); i++) {
                unknown(problems, attachments, g.attachments().get(i), "$.attachments[" + i + "]", Term.ATTACHMENT, definition);
            }
            if (g.signatory() != null) unknown(problems, index.of(Term.SIGNATORY), g.signatory(), "$.signatory", Term.SIGNATORY, definition);
        } else if (policyCase instanceof ActionPlan plan) {
            Set<String> known = index.of(FOCUS_AREA);
            if (!known.isEmpty()) {
                for (int i = 0; i < plan.measures().size(); i++) {
                    List<String> areas = plan.measures().get(i).focusAreas();
                    for (int j = 0; j < areas.size(); j++) {
                        if (!known.contains(areas.get(j))) {
                            problems.add(new Problem("$.measures[" + i + "].focusAreas[" + j + "]", "\"" + areas.get(j)
                                    + "\" is not a focus area of " + definition.id() + " (one of " + String.join(", ", known) + ")"));
                        }
                    }
                }
            }
            if (plan.followUp() != null) {
                Set<String> sections = index.of(Term.FOLLOW_UP_SECTION);
                for (String key : plan.followUp().sections().keySet()) {
                    unknown(problems, sections, key, "$.followUp.sections." + key, Term.FOLLOW_UP_SECTION, definition);
                }
            }
        }
        return problems;
    }

    private static void unknown(List<Problem> problems, Set<String> known, String key, String path, String vocabulary,
                                PolicyDefinition definition) {
        if (known.isEmpty() || known.contains(key)) return;
        problems.add(new Problem(path, "\"" + key + "\" is not " + NAMES.get(vocabulary) + " of " + definition.id()
                + " (one of " + String.join(", ", known) + ")"));
    }

    /**
     * The problems of a version's terms: a known vocabulary, a well-formed key, labels in both languages, no key
     * twice; and every heading, attachment and signatory a requirement names is a term of the version (so that
     * messages can show it by its label).
     */
    static Map<ParameterFact, String> checkTerms(List<ParameterFact> parameters) {
        Map<ParameterFact, String> problems = new LinkedHashMap<>();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (ParameterFact p : parameters) {
            if (!(p instanceof Term t)) continue;
            if (t.vocabulary() == null || !Term.VOCABULARIES.contains(t.vocabulary())) {
                problems.put(t, "Term " + t.key() + ": vocabulary must be one of " + String.join(", ", Term.VOCABULARIES));
            } else if (t.key() == null || !KEY.matcher(t.key()).matches()) {
                problems.put(t, "Term " + t.identity() + ": key must be upper case (letters A-Z, digits, _)");
            } else if (t.sv() == null || t.sv().isBlank() || t.en() == null || t.en().isBlank()) {
                problems.put(t, "Term " + t.identity() + ": needs a label in Swedish (sv) and English (en)");
            } else if (!declared.computeIfAbsent(t.vocabulary(), v -> new LinkedHashSet<>()).add(t.key())) {
                problems.put(t, "Term " + t.identity() + " is declared twice");
            }
        }
        for (ParameterFact p : parameters) {
            String vocabulary = null, key = null;
            if (p instanceof HeadingRequirement h) { vocabulary = Term.HEADING; key = h.key(); }
            else if (p instanceof AttachmentRequirement a) { vocabulary = Term.ATTACHMENT; key = a.key(); }
            else if (p instanceof SignatoryRequirement s) { vocabulary = Term.SIGNATORY; key = s.role(); }
            if (vocabulary == null) continue;
            if (key == null || !declared.getOrDefault(vocabulary, Set.of()).contains(key)) {
                problems.put(p, p.getClass().getSimpleName() + " " + p.identity() + " names " + key + ", which is no Term of vocabulary "
                        + vocabulary);
            }
        }
        return problems;
    }
}
