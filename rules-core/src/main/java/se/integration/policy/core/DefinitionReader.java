package se.integration.policy.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.integration.policy.core.facts.*;

/**
 * Reads a package's parameters file. Parameter entries name their type in {@code "fact"}; only the
 * core's types and those the package registers are accepted (a closed list, not class names).
 * Checks that every citation id used by a parameter exists.
 */
public final class DefinitionReader {

    /** The parameter types of the core, by the name used in parameters files (the simple class name). */
    public static final List<Class<? extends ParameterFact>> CORE_TYPES = List.of(
            HeadingRequirement.class, AttachmentRequirement.class, SignatoryRequirement.class, PriorityArea.class,
            AuthorityBand.class, UrgentAuthority.class, ConsultationRequirement.class, Preparer.class,
            ApplicantMeetingRequirement.class, ReportDeadline.class, InterimReporting.class, Duty.class,
            RepaymentCondition.class, Encouragement.class, RevisionDue.class, FocusArea.class, JudgedDeadline.class, ExcludedApplicant.class, Term.class,
            TimeLimitRequirement.class);

    private DefinitionReader() {}

    /** The mapper that reads a parameters file: {@link se.integration.policy.core.internal.read.DefinitionMapper}. */
    static ObjectMapper mapper(List<Class<? extends ParameterFact>> extraTypes) {
        return se.integration.policy.core.internal.read.DefinitionMapper.mapper(CORE_TYPES, extraTypes);
    }

    static PolicyDefinition read(byte[] json, String resource, List<Class<? extends ParameterFact>> extraTypes) {
        PolicyDefinition d;
        try {
            d = mapper(extraTypes).readValue(json, PolicyDefinition.class);
        } catch (IOException e) {
            throw new PolicyPackageException("parameters file " + resource + " is invalid: " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (d.id() == null || d.municipality() == null || d.validFrom() == null || d.kbase() == null || d.model() == null
                || d.source() == null || d.kinds().isEmpty()) {
            problems.add("id, municipality, kinds, source, validFrom, kbase and model are required");
        }
        if (d.draft()) problems.add("draft is set only for a draft file read with PolicyEngine.draft, not in a package's parameters file");
        if (d.validTo() != null && d.validFrom() != null && d.validTo().isBefore(d.validFrom())) problems.add("validTo is before validFrom");
        for (ParameterFact p : d.parameters()) {
            if (p.cite() == null || !d.sources().containsKey(p.cite())) {
                problems.add(p.getClass().getSimpleName() + " " + p.identity() + " cites unknown source '" + p.cite() + "'");
            }
        }
        problems.addAll(Vocabulary.checkTerms(d.parameters()).values());
        d.sources().forEach((id, s) -> {
            if (s.section() == null || s.section().isBlank() || s.quote() == null || s.quote().isBlank()) {
                problems.add("source '" + id + "' needs a section and a quote");
            }
        });
        if (!problems.isEmpty()) throw new PolicyPackageException("parameters file " + resource + ": " + String.join("; ", problems));
        return d;
    }
}
