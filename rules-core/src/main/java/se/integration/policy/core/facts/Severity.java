package se.integration.policy.core.facts;

/**
 * The severity of a finding (contract §2).
 */
public enum Severity { ERROR, WARNING, INFO }
