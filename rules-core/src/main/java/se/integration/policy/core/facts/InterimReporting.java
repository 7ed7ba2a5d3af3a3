package se.integration.policy.core.facts;

/** With half-yearly payments, an interim report before each new payment; the next payment is expected {@code monthsBetweenPayments} after the last. */
public record InterimReporting(int monthsBetweenPayments, String cite) implements ParameterFact {
    @Override public String identity() { return "interim"; }
}
