package se.integration.policy.core.facts;


/**
 * Who must sign the application for an applicant category.
 *
 * @param category the applicant category
 * @param role     who must sign
 * @param cite     the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record SignatoryRequirement(ApplicantCategory category, String role, String cite) implements ParameterFact {
    @Override public String identity() { return category.name(); }
}
