package se.integration.policy.lidkoping2016;

import se.integration.policy.core.facts.ParameterFact;

/**
 * One line of the council's allocation for one year: {@code recipient} (the committee or company, an
 * upper-case key) is allocated {@code amount} kronor for {@code year} for the initiative named
 * {@code initiative} (exactly as the decision quotes it). {@code oneOff}: the decision gives a single
 * sum, not a sum per year ("tilldelas 110 000 kr år 2016" against "tilldelas … kr per år").
 * {@code yearsAssumption}: the id of the assumption (in the same file's {@code assumptions}) that gives
 * the year, where the decision names none ("570 000 kr årligen i tre år", "tilldelas 150 000 kr"); null
 * where the bullet names its years. Messages that show the years say that they are assumed.
 * {@code cite}: the bullet of the decision that allocates it.
 */
public record AllocationDecision(String recipient, String initiative, int year, long amount, boolean oneOff,
                                 String cite, String yearsAssumption) implements ParameterFact {
    @Override public String identity() { return recipient + "/" + initiative + "/" + year; }
}
