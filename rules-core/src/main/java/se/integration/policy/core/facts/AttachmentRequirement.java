package se.integration.policy.core.facts;


/**
 * A document that must be attached to the application.
 *
 * @param category the applicant category it applies to
 * @param key      the attachment
 * @param cite     the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record AttachmentRequirement(ApplicantCategory category, String key, String cite) implements ParameterFact {
    @Override public String identity() { return category + "/" + key; }
}
