package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.ApplicantType;

/**
 * Applicants of a type the guidelines never grant ("Enskilda personer beviljas inte bidrag"): such an
 * application is not eligible whatever is added to it, with the finding {@code code}.
 */
public record ExcludedApplicant(ApplicantType applicantType, String code, String cite) implements ParameterFact {
    @Override public String identity() { return applicantType.name(); }
}
