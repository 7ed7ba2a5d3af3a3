package se.integration.policy.core.facts;

/**
 * The official always meets the applicant to talk about the application.
 *
 * @param official who meets the applicant (contract vocabulary: prepared by)
 * @param cite     the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record ApplicantMeetingRequirement(String official, String cite) implements ParameterFact {
    @Override public String identity() { return "meeting"; }
}
