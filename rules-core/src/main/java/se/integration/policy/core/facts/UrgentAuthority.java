package se.integration.policy.core.facts;

/** Who may decide in urgent cases above an amount (a version's urgent-case clause). */
public record UrgentAuthority(String authority, long aboveAmount, String cite) implements ParameterFact {
    @Override public String identity() { return "urgent"; }
}
