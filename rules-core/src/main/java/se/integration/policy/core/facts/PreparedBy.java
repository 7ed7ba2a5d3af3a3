package se.integration.policy.core.facts;

/**
 * Who prepares the decision (contract vocabulary: prepared by).
 *
 * @param official who prepares the decision
 * @param cite     the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record PreparedBy(String official, String cite) implements Outcome {}
