package se.integration.policy.core.facts;

/**
 * An effort the guidelines encourage beyond the priority areas: OTHER_AREAS (other residential areas) or MUNICIPALITY_WIDE.
 *
 * @param effort {@code OTHER_AREAS} or {@code MUNICIPALITY_WIDE}
 * @param cite   the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record Encouragement(String effort, String cite) implements ParameterFact {
    @Override public String identity() { return effort; }
}
