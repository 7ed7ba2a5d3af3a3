package se.integration.policy.lidkoping2016;

/** Classification: the allocation the claim draws on (same recipient, initiative and year). */
public record ClaimedAllocation(AllocationDecision decision) {}
