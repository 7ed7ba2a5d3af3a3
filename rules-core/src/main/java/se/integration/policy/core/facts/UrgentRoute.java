package se.integration.policy.core.facts;

/**
 * Classification: the case takes a version's urgent-case route to a decision (derived by the
 * package that has such a clause): {@code authority} may decide applications above
 * {@code aboveAmount}, citing {@code cite}. While it holds, the amount bands do not name the authority.
 *
 * @param authority   who may decide
 * @param aboveAmount the amount, in kronor, above which the route applies
 * @param cite        the id of the clause's citation
 */
public record UrgentRoute(String authority, long aboveAmount, String cite) {

    /**
     * {@return the route an urgent-case clause gives}
     *
     * @param clause the clause
     */
    public static UrgentRoute of(UrgentAuthority clause) { return new UrgentRoute(clause.authority(), clause.aboveAmount(), clause.cite()); }
}
