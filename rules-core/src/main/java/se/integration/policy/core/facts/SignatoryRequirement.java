package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.Signatory;

/** Who must sign the application for an applicant category. */
public record SignatoryRequirement(ApplicantCategory category, Signatory role, String cite) implements ParameterFact {
    @Override public String identity() { return category.name(); }
}
