package se.integration.policy.core.facts;

/**
 * A priority area (prioriterat bostadsområde).
 *
 * @param key  the area key, as in {@code project.areas}
 * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record PriorityArea(String key, String cite) implements ParameterFact {
    @Override public String identity() { return key; }
}
