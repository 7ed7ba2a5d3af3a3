package se.integration.policy.core.facts;

/**
 * A focus area an action plan's measures are expected to address (Mellerud's four prioritised focus
 * areas, the six of the county strategy Värnamo's policy refers to). A measure naming a key that is
 * not one of its package's focus areas is invalid input under that package.
 *
 * @param key   the key measures name in {@code focusAreas}
 * @param label the area's name in the document
 * @param cite  the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record FocusArea(String key, String label, String cite) implements ParameterFact {
    @Override public String identity() { return key; }
}
