package se.integration.policy.core.facts;

/** An effort the guidelines encourage beyond the priority areas: OTHER_AREAS (other residential areas) or MUNICIPALITY_WIDE. */
public record Encouragement(String effort, String cite) implements ParameterFact {
    @Override public String identity() { return effort; }
}
