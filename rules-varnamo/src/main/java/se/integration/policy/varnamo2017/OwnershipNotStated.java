package se.integration.policy.varnamo2017;

import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * Classification: the plan is a company's, the policy applies to it only when it is wholly owned,
 * and the case does not say whether it is.
 */
public record OwnershipNotStated(OrganisationType type) {}
