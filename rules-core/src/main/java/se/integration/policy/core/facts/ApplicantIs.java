package se.integration.policy.core.facts;

/**
 * Classification: which group of the guidelines the applicant belongs to.
 *
 * @param category the applicant's group
 */
public record ApplicantIs(ApplicantCategory category) {}
