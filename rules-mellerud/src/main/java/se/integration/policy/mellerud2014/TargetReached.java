package se.integration.policy.mellerud2014;

import se.integration.policy.core.model.ActionPlan.Target;

/** Classification: at least one of the plan's measures is for this target group. */
public record TargetReached(Target target) {}
