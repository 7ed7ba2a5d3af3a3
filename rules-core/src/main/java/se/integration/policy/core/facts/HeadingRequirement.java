package se.integration.policy.core.facts;


/**
 * A heading the application must contain (or may, when {@code required} is false) for an applicant category.
 *
 * @param category the applicant category it applies to
 * @param key      the heading
 * @param required whether the heading is required; {@code false}: it may be filled in
 * @param cite     the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record HeadingRequirement(ApplicantCategory category, String key, boolean required, String cite) implements ParameterFact {
    @Override public String identity() { return category + "/" + key; }
}
