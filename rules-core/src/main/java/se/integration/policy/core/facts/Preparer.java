package se.integration.policy.core.facts;

/**
 * The official whose statement (tjänsteskrivelse, tjänsteutlåtande) is the basis for the decision.
 *
 * @param official the official (contract vocabulary: prepared by)
 * @param cite     the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record Preparer(String official, String cite) implements ParameterFact {
    @Override public String identity() { return "preparer"; }
}
