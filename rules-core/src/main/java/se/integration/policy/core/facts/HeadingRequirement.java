package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.HeadingKey;

/** A heading the application must contain (or may, when {@code required} is false) for an applicant category. */
public record HeadingRequirement(ApplicantCategory category, HeadingKey key, boolean required, String cite) implements ParameterFact {
    @Override public String identity() { return category + "/" + key; }
}
