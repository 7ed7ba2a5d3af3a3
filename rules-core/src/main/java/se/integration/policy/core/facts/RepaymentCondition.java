package se.integration.policy.core.facts;

/**
 * A ground on which repayment may be required.
 *
 * @param ground the repayment ground (contract vocabulary)
 * @param cite   the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record RepaymentCondition(String ground, String cite) implements ParameterFact {
    @Override public String identity() { return ground; }
}
