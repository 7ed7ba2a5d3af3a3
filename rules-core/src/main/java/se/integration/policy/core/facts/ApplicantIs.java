package se.integration.policy.core.facts;

/** Classification: which group of the guidelines the applicant belongs to. */
public record ApplicantIs(ApplicantCategory category) {}
