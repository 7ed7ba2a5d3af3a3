package se.integration.policy.core.facts;

/** The official preparing the case meets the applicant. */
public record ApplicantMeeting(boolean held, String cite) implements Outcome {}
