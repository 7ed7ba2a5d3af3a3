package se.integration.policy.core.facts;

/**
 * Project grants are always time-limited: a project without an end ({@code project.end} absent) is not
 * eligible ({@code NOT_TIME_LIMITED}).
 *
 * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record TimeLimitRequirement(String cite) implements ParameterFact {
    @Override public String identity() { return "timeLimited"; }
}
