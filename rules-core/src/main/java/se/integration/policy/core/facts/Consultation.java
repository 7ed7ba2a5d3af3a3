package se.integration.policy.core.facts;

/**
 * Someone consulted before the decision (contract vocabulary: consultations).
 *
 * @param party who is consulted
 * @param cite  the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record Consultation(String party, String cite) implements Outcome {}
