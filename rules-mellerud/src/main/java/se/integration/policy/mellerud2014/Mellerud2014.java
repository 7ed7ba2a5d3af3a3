package se.integration.policy.mellerud2014;

import java.util.List;
import se.integration.policy.core.ResourcePolicyPackage;
import se.integration.policy.core.facts.ParameterFact;

/**
 * Melleruds kommun, Handlingsplan för att främja kommunens integrationsarbete (KS § 108,
 * 2014-09-10), judging committees' and companies' integration action plans and their annual
 * follow-ups. Metadata, citations and parameters: {@code policy.json} beside the rules; rules: the
 * DRL files of this package, one per section of the document.
 */
public final class Mellerud2014 extends ResourcePolicyPackage {
    public Mellerud2014() { super("se/integration/policy/mellerud2014/policy.json"); }

    @Override public List<Class<? extends ParameterFact>> parameterTypes() {
        return List.of(AnnualDuty.class, OrganisationScope.class, FollowUpRequirement.class);
    }

    @Override public String messageBundle() { return "se.integration.policy.mellerud2014.messages"; }
}
