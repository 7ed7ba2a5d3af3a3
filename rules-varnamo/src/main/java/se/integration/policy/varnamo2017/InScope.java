package se.integration.policy.varnamo2017;

import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * Classification: the policy's demands are judged for this plan. Its organisation is one the policy
 * applies to, or a company judged as one while the case does not say whether it is wholly owned
 * (then {@link OwnershipNotStated} holds too).
 */
public record InScope(OrganisationType type) {}
