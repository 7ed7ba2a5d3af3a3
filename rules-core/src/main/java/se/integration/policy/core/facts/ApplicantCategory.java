package se.integration.policy.core.facts;

/**
 * The groups the guidelines write separate requirements for: associations and other non-profit
 * organisations ("föreningar/organisationer"), and municipal units ("kommunala verksamheter").
 */
public enum ApplicantCategory { ASSOCIATION, MUNICIPAL_UNIT }
