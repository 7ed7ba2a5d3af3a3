package se.integration.policy.core.facts;

/**
 * A ground on which repayment may be required, with the amount where the text gives one.
 *
 * @param ground the repayment ground
 * @param amount the amount in kronor, or {@code null} where the text gives none
 * @param cite   the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record RepaymentGround(String ground, Long amount, String cite) implements Outcome {}
