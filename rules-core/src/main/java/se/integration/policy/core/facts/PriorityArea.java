package se.integration.policy.core.facts;

/** A priority area (prioriterat bostadsområde). */
public record PriorityArea(String key, String cite) implements ParameterFact {
    @Override public String identity() { return key; }
}
