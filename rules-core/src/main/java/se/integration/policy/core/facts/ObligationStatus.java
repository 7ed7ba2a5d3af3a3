package se.integration.policy.core.facts;

/**
 * The status of an obligation (contract §2).
 */
public enum ObligationStatus { OPEN, MET, LATE, OVERDUE, ADVISORY }
