package se.integration.policy.core.facts;

import java.time.LocalDate;

/**
 * The date by which the policy is to be revised at the latest.
 *
 * @param date the latest revision date
 * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record RevisionDue(LocalDate date, String cite) implements ParameterFact {
    @Override public String identity() { return "revision"; }
}
