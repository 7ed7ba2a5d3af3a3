package se.integration.policy.core.facts;

/**
 * With half-yearly payments, an interim report before each new payment ("lämna in (del)rapport innan ny
 * utbetalning sker"). The duty is tied to an event, not to a day: the report before a payment that has
 * been made falls due on that payment's day; the report before a payment still to come has no due day
 * (contract 1.1, "Additions").
 *
 * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record InterimReporting(String cite) implements ParameterFact {
    @Override public String identity() { return "interim"; }
}
