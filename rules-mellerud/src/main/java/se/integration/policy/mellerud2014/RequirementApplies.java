package se.integration.policy.mellerud2014;

/** Classification: a requirement of the document applies to the organisation whose plan is judged. */
public record RequirementApplies(String requirement) {}
