package se.integration.policy.lidkoping2016;

import java.util.List;
import se.integration.policy.core.ResourcePolicyPackage;
import se.integration.policy.core.facts.ParameterFact;

/**
 * Lidköping: the integration funds the municipal council allocated on 2016-06-20 and their half-yearly
 * report-back to the municipal executive board, as recorded in "Återrapportering av
 * integrationsåtgärder" (003_782d7e5def298fa4.txt). Metadata, citations and the allocations as data:
 * {@code policy.json} beside the rules; the rules: the DRL files of this package, one per section.
 */
public final class Lidkoping2016 extends ResourcePolicyPackage {
    public Lidkoping2016() { super("se/integration/policy/lidkoping2016/policy.json"); }

    @Override public List<Class<? extends ParameterFact>> parameterTypes() {
        return List.of(AllocationDecision.class, ReportBackHalfYear.class);
    }

    @Override public String messageBundle() { return "se.integration.policy.lidkoping2016.messages"; }
}
