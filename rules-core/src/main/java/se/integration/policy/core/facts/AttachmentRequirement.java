package se.integration.policy.core.facts;

import se.integration.policy.core.model.GrantApplication.AttachmentKey;

/** A document that must be attached to the application. */
public record AttachmentRequirement(ApplicantCategory category, AttachmentKey key, String cite) implements ParameterFact {
    @Override public String identity() { return category + "/" + key; }
}
