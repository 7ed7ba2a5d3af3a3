package se.integration.policy.lidkoping2016;

/**
 * Classification: the decision allocates funds for the claimed initiative (in some year) to
 * {@code recipient}; {@code cite} is the bullet that does so.
 */
public record InitiativeAllocatedTo(String recipient, String cite) {}
