package se.integration.policy.core.facts;

/** The official always meets the applicant to talk about the application. */
public record ApplicantMeetingRequirement(String official, String cite) implements ParameterFact {
    @Override public String identity() { return "meeting"; }
}
