package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.ApplicantType;

/**
 * Applicants of a type the guidelines never grant ("Enskilda personer beviljas inte bidrag"): such an
 * application is not eligible whatever is added to it, with the finding {@code code}.
 *
 * @param applicantType the applicant type never granted
 * @param code          the finding code raised
 * @param cite          the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record ExcludedApplicant(ApplicantType applicantType, String code, String cite) implements ParameterFact {
    @Override public String identity() { return applicantType.name(); }
}
