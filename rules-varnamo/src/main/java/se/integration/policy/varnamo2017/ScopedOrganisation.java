package se.integration.policy.varnamo2017;

import java.util.Objects;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * A kind of organisation the policy applies to ("Dokumentet gäller för"). An organisation type with
 * no entry is outside the policy. {@code requiresWhollyOwned}: only when the municipality owns it
 * wholly (the companies: "samt helägda bolag").
 */
public record ScopedOrganisation(OrganisationType type, boolean requiresWhollyOwned, String cite) implements ParameterFact {
    public ScopedOrganisation { Objects.requireNonNull(type, "type"); }

    @Override public String identity() { return type.name(); }
}
