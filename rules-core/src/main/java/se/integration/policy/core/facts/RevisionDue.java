package se.integration.policy.core.facts;

import java.time.LocalDate;

/** The date by which the policy is to be revised at the latest. */
public record RevisionDue(LocalDate date, String cite) implements ParameterFact {
    @Override public String identity() { return "revision"; }
}
