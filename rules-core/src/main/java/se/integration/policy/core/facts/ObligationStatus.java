package se.integration.policy.core.facts;

/** Contract §2. OPEN: not yet due (or ongoing); MET; LATE: done after the due date; OVERDUE: not done and past due; ADVISORY: a "bör", with no deadline. */
public enum ObligationStatus { OPEN, MET, LATE, OVERDUE, ADVISORY }
