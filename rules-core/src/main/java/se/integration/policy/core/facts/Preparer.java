package se.integration.policy.core.facts;

/** The official whose statement (tjänsteskrivelse, tjänsteutlåtande) is the basis for the decision. */
public record Preparer(String official, String cite) implements ParameterFact {
    @Override public String identity() { return "preparer"; }
}
