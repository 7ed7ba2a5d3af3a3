package se.integration.policy.core.facts;

/** The status of an obligation (contract §2). */
public enum ObligationStatus {
    /** Not yet due, or ongoing. */
    OPEN,
    /** Done on time. */
    MET,
    /** Done after the due date. */
    LATE,
    /** Not done, and past due. */
    OVERDUE,
    /** A "bör", with no deadline. */
    ADVISORY
}
