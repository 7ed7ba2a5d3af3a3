package se.integration.policy.core.facts;

/** A ground on which repayment may be required, with the amount where the text gives one. */
public record RepaymentGround(String ground, Long amount, String cite) implements Outcome {}
