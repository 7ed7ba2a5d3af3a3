package se.integration.policy.core.facts;

/**
 * Who may decide in urgent cases above an amount (a version's urgent-case clause).
 *
 * @param authority   who may decide
 * @param aboveAmount the amount, in kronor, above which the clause applies
 * @param cite        the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record UrgentAuthority(String authority, long aboveAmount, String cite) implements ParameterFact {
    @Override public String identity() { return "urgent"; }
}
