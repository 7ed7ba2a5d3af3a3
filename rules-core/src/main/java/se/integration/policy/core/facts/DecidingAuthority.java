package se.integration.policy.core.facts;

/**
 * Who decides the case (contract vocabulary: decision authorities).
 *
 * @param authority who decides
 * @param cite      the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record DecidingAuthority(String authority, String cite) implements Outcome {}
