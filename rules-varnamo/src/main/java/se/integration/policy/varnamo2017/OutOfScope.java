package se.integration.policy.varnamo2017;

import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * Classification: the plan's organisation is outside the policy. {@code reason}:
 * {@code TYPE_NOT_NAMED} (the policy does not name organisations of this type) or
 * {@code NOT_WHOLLY_OWNED} (a company the municipality does not own wholly).
 */
public record OutOfScope(OrganisationType type, String reason) {}
