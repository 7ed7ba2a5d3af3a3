package se.integration.policy.varnamo2017;

import java.util.List;
import se.integration.policy.core.ResourcePolicyPackage;
import se.integration.policy.core.facts.ParameterFact;

/**
 * Värnamo kommuns Policy för integrationspolitik (KF 2017-11-30 § 244), judging the integration
 * action plans of the municipal executive board, the committees and the wholly owned companies.
 * Metadata, citations and parameters: {@code policy.json} beside the rules; the rules: the DRL files
 * of this package, one per section of the policy, with the core's shared {@code validity} and
 * {@code plan} rule sets.
 */
public final class Varnamo2017 extends ResourcePolicyPackage {
    public Varnamo2017() { super("se/integration/policy/varnamo2017/policy.json"); }

    @Override public List<Class<? extends ParameterFact>> parameterTypes() {
        return List.of(ScopedOrganisation.class, RequiredMeasureElement.class, PlanFollowUpDuty.class, MandatePeriods.class);
    }

    @Override public String messageBundle() { return "se.integration.policy.varnamo2017.messages"; }
}
