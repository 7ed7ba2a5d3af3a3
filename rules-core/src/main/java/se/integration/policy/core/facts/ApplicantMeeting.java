package se.integration.policy.core.facts;

/**
 * The official preparing the case meets the applicant.
 *
 * @param held whether the meeting is held
 * @param cite the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record ApplicantMeeting(boolean held, String cite) implements Outcome {}
