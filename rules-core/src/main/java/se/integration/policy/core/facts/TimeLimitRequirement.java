package se.integration.policy.core.facts;

/**
 * Project grants are always time-limited: a project without an end ({@code project.end} absent) is not
 * eligible ({@code NOT_TIME_LIMITED}).
 */
public record TimeLimitRequirement(String cite) implements ParameterFact {
    @Override public String identity() { return "timeLimited"; }
}
