package se.integration.policy.core.facts;

/** A ground on which repayment may be required. */
public record RepaymentCondition(String ground, String cite) implements ParameterFact {
    @Override public String identity() { return ground; }
}
