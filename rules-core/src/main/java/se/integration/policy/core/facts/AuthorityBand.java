package se.integration.policy.core.facts;

/**
 * Who decides applications whose amount lies in a band: from {@code fromAmount} to {@code toAmount}
 * kronor, both inclusive ({@code toAmount} null: no upper bound).
 */
public record AuthorityBand(long fromAmount, Long toAmount, String authority, String cite) implements ParameterFact {
    public boolean covers(long amount) { return amount >= fromAmount && (toAmount == null || amount <= toAmount); }

    @Override public String identity() { return "band/" + (toAmount == null ? "above" : "up-to"); }
}
