package se.integration.policy.mellerud2014;

import se.integration.policy.core.facts.ParameterFact;

/** A part the annual follow-up must contain ("Nämndernas och styrelsernas uppföljning ska innehålla: …"). */
public record FollowUpRequirement(String section, String cite) implements ParameterFact {
    public FollowUpRequirement {
        if (section == null) throw new IllegalArgumentException("a follow-up requirement needs a section");
    }

    @Override public String identity() { return section; }
}
