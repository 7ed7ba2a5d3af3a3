package se.integration.policy.core.facts;

/**
 * Classification: the case takes a version's urgent-case route to a decision (derived by the
 * package that has such a clause). While it holds, the amount bands do not name the authority.
 */
public record UrgentRoute(String authority, String cite) {}
