package se.integration.policy.core.facts;

/**
 * The groups the guidelines write separate requirements for: associations and other non-profit
 * organisations ("föreningar/organisationer"), and municipal units ("kommunala verksamheter").
 */
public enum ApplicantCategory {
    /** Associations and other non-profit organisations. */
    ASSOCIATION,
    /** Municipal units. */
    MUNICIPAL_UNIT
}
