package se.integration.policy.lidkoping2016;

import se.integration.policy.core.facts.ParameterFact;

/**
 * One line of the council's allocation for one year: {@code recipient} (the committee or company, an
 * upper-case key) is allocated {@code amount} kronor for {@code year} for the initiative named
 * {@code initiative} (exactly as the decision quotes it). {@code oneOff}: the decision gives a single
 * sum, not a sum per year ("tilldelas 110 000 kr år 2016" against "tilldelas … kr per år").
 * {@code cite}: the bullet of the decision that allocates it.
 */
public record AllocationDecision(String recipient, String initiative, int year, long amount, boolean oneOff, String cite)
        implements ParameterFact {
    @Override public String identity() { return recipient + "/" + initiative + "/" + year; }
}
