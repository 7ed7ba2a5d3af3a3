package se.integration.policy.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.CaseKind;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.result.PolicyRef;

/**
 * Everything a package says about itself, read from its parameters file: identity, validity (with
 * the assumptions behind dates the text does not give), the source document, the kbase, the rule
 * sets it shares with other packages, its citations ({@code sources}: id → section and quote) and
 * its parameters (facts, each citing one of the sources).
 *
 * @param id           the version's id, e.g. {@code jonkoping-2023}
 * @param municipality the municipality whose document this is
 * @param title        the document's title as the result shows it
 * @param documentType what kind of document it encodes, in the document's own taxonomy where it has one
 *                     (riktlinje, policy, plan, åtgärdsplan, reglemente)
 * @param kinds        the kinds of case the version judges
 * @param source       the source document's file name or reference
 * @param adopted      when and by whom the document was adopted, as the document says it
 * @param validFrom    the first day in force (inclusive)
 * @param validTo      the last day in force (inclusive), or {@code null} while in force
 * @param kbase        the kbase name, equal to the one in the package's {@code kmodule.xml}
 * @param assumptions  the assumptions the package records (dates or readings the text does not give); never {@code null}
 * @param model        {@code groupId/artifactId} of the KJAR, locating its executable model
 * @param sharedRules  rule sets of the core included in the package's KieBase ({@code validity}, {@code grant}, ...)
 * @param taxonomy     the document kinds the source defines, where it defines them (term → meaning)
 * @param sources      the citations: source id → section and quote
 * @param parameters   the parameters (facts the rules read), each citing one of the sources
 * @param sourceTitle  the source document's own title and year, for readers (optional)
 * @param draft        whether this is a draft revision read from a draft file ({@link PolicyEngine#draft}),
 *                     not an installed version; never set in a package's own parameters file
 */
public record PolicyDefinition(
        String id,
        Municipality municipality,
        String title,
        String documentType,
        List<CaseKind> kinds,
        String source,
        String adopted,
        LocalDate validFrom,
        LocalDate validTo,
        List<Assumption> assumptions,
        String kbase,
        String model,
        List<String> sharedRules,
        Map<String, String> taxonomy,
        Map<String, SourceText> sources,
        List<ParameterFact> parameters,
        String sourceTitle, Boolean draft) {

    /**
     * Copies the lists and maps, so the definition cannot change afterwards. Optional lists and maps may be
     * {@code null} and become empty; a {@code null} draft flag means not a draft.
     *
     * @param id the version's id, e.g. {@code jonkoping-2023}
     * @param municipality the municipality whose document this is
     * @param title the document's title as the result shows it
     * @param documentType what kind of document it encodes, in the document's own taxonomy where it has one (riktlinje, policy, plan, åtgärdsplan, reglemente)
     * @param kinds the kinds of case the version judges
     * @param source the source document's file name or reference
     * @param adopted when and by whom the document was adopted, as the document says it
     * @param validFrom the first day in force (inclusive)
     * @param validTo the last day in force (inclusive), or {@code null} while in force
     * @param assumptions the assumptions the package records (dates or readings the text does not give); never {@code null}
     * @param kbase the kbase name, equal to the one in the package's {@code kmodule.xml}
     * @param model {@code groupId/artifactId} of the KJAR, locating its executable model
     * @param sharedRules rule sets of the core included in the package's KieBase ({@code validity}, {@code grant}, ...)
     * @param taxonomy the document kinds the source defines, where it defines them (term → meaning)
     * @param sources the citations: source id → section and quote
     * @param parameters the parameters (facts the rules read), each citing one of the sources
     * @param sourceTitle the source document's own title and year, for readers (optional)
     * @param draft whether this is a draft revision read from a draft file ({@link PolicyEngine#draft}), not an installed version; never set in a package's own parameters file
     * @throws NullPointerException if {@code kinds} or {@code sources} is {@code null}
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public PolicyDefinition {
        draft = Boolean.TRUE.equals(draft);
        kinds = List.copyOf(kinds);
        assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        sharedRules = sharedRules == null ? List.of() : List.copyOf(sharedRules);
        taxonomy = taxonomy == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(taxonomy));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
    }

    /**
     * An installed version's definition (not a draft).
     *
     * @param id           the version's id
     * @param municipality the municipality
     * @param title        the document's title
     * @param documentType what kind of document it encodes
     * @param kinds        the kinds of case the version judges
     * @param source       the source document
     * @param adopted      when and by whom the document was adopted
     * @param validFrom    the first day in force
     * @param validTo      the last day in force, or {@code null}
     * @param assumptions  the recorded assumptions, or {@code null} for none
     * @param kbase        the kbase name
     * @param model        {@code groupId/artifactId} of the KJAR
     * @param sharedRules  shared rule sets of the core, or {@code null} for none
     * @param taxonomy     the source's document kinds, or {@code null} for none
     * @param sources      the citations
     * @param parameters   the parameters, or {@code null} for none
     * @throws NullPointerException if {@code kinds} or {@code sources} is {@code null}
     */
    public PolicyDefinition(String id, Municipality municipality, String title, String documentType, List<CaseKind> kinds,
                            String source, String adopted, LocalDate validFrom, LocalDate validTo, List<Assumption> assumptions,
                            String kbase, String model, List<String> sharedRules, Map<String, String> taxonomy,
                            Map<String, SourceText> sources, List<ParameterFact> parameters) {
        this(id, municipality, title, documentType, kinds, source, adopted, validFrom, validTo, assumptions, kbase, model,
                sharedRules, taxonomy, sources, parameters, null, false);
    }

    /**
     * An installed version's definition (not a draft) with the source document's title.
     *
     * @param id           the version's id
     * @param municipality the municipality
     * @param title        the document's title
     * @param documentType what kind of document it encodes
     * @param kinds        the kinds of case the version judges
     * @param source       the source document
     * @param adopted      when and by whom the document was adopted
     * @param validFrom    the first day in force
     * @param validTo      the last day in force, or {@code null}
     * @param assumptions  the recorded assumptions, or {@code null} for none
     * @param kbase        the kbase name
     * @param model        {@code groupId/artifactId} of the KJAR
     * @param sharedRules  shared rule sets of the core, or {@code null} for none
     * @param taxonomy     the source's document kinds, or {@code null} for none
     * @param sources      the citations
     * @param parameters   the parameters, or {@code null} for none
     * @param sourceTitle  the source document's own title and year, or {@code null}
     * @throws NullPointerException if {@code kinds} or {@code sources} is {@code null}
     */
    public PolicyDefinition(String id, Municipality municipality, String title, String documentType, List<CaseKind> kinds,
            String source, String adopted, LocalDate validFrom, LocalDate validTo, List<Assumption> assumptions, String kbase,
            String model, List<String> sharedRules, Map<String, String> taxonomy, Map<String, SourceText> sources,
            List<ParameterFact> parameters, String sourceTitle) {
        this(id, municipality, title, documentType, kinds, source, adopted, validFrom, validTo, assumptions, kbase, model,
                sharedRules, taxonomy, sources, parameters, sourceTitle, false);
    }

    /**
     * The source document's title and year, for readers (contract 1.1 {@code source.title}).
     *
     * @return {@code sourceTitle}, or {@code title} when there is none
     */
    public String documentTitle() { return sourceTitle != null && !sourceTitle.isBlank() ? sourceTitle : title; }

    /**
     * Whether this version is in force on a day (validity bounds inclusive).
     *
     * @param day the day
     * @return {@code true} if the day is within {@code validFrom} and {@code validTo}
     * @throws NullPointerException if {@code day} is {@code null}
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Whether the package records an assumption with this id (e.g. {@code validTo}: the last day is assumed).
     *
     * @param assumptionId the assumption's id
     * @return {@code true} if an assumption with this id is recorded
     */
    public boolean assumes(String assumptionId) {
        for (Assumption a : assumptions) if (a.id().equals(assumptionId)) return true;
        return false;
    }

    /**
     * The parameters of one type, in file order.
     *
     * @param <T>  the parameter type
     * @param type the parameter class
     * @return the parameters of that type; empty if there are none
     */
    public <T extends ParameterFact> List<T> parameters(Class<T> type) {
        return parameters.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The reference to this version that a result carries (contract §2 {@code policy}).
     *
     * @return the reference
     */
    public PolicyRef ref() {
        return new PolicyRef(id, municipality.id(), title, validFrom, validTo, source, documentTitle(), draft ? Boolean.TRUE : null);
    }
}
