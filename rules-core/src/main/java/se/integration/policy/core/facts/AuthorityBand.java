package se.integration.policy.core.facts;

/**
 * Who decides applications whose amount lies in a band: from {@code fromAmount} to {@code toAmount}
 * kronor, both inclusive ({@code toAmount} null: no upper bound).
 *
 * @param fromAmount the lowest amount of the band, in kronor
 * @param toAmount   the highest amount of the band, in kronor, or {@code null}
 * @param authority  who decides (contract vocabulary: decision authorities)
 * @param cite       the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record AuthorityBand(long fromAmount, Long toAmount, String authority, String cite) implements ParameterFact {
    /**
     * {@return whether the band covers an amount}
     *
     * @param amount the amount in kronor
     */
    public boolean covers(long amount) { return amount >= fromAmount && (toAmount == null || amount <= toAmount); }

    @Override public String identity() { return "band/" + (toAmount == null ? "above" : "up-to"); }
}
