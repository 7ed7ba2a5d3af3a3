package se.integration.policy.lidkoping2016;

/**
 * Classification: the claimed initiative is, for the claiming recipient, a one-off measure: a single
 * sum allocated for {@code year} alone ({@code yearsAssumption}: the assumption that gives the year, or
 * null where the decision names it).
 */
public record OneOffInitiative(int year, String yearsAssumption) {}
