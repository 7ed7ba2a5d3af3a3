package se.integration.policy.core.facts;

import java.time.LocalDate;

/**
 * The circumstances of this evaluation: the day judged on ({@code asOf}), the date that picks the
 * version ({@code referenceDate}), and the validity of the version applied.
 */
public record Judgement(String policyId, LocalDate asOf, LocalDate referenceDate, LocalDate validFrom, LocalDate validTo) {

    /** Whether the version applied was in force on the reference date. */
    public boolean inForce() {
        return !referenceDate.isBefore(validFrom) && (validTo == null || !referenceDate.isAfter(validTo));
    }
}
