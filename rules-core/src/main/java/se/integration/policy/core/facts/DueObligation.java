package se.integration.policy.core.facts;

import java.time.LocalDate;

/**
 * A duty that falls on the applicant or organisation, with its due date (where it has one) and its
 * status against the day judged on. {@code periodFrom}/{@code periodTo} give the period a recurring
 * duty falls in, where it has one.
 */
public record DueObligation(String code, String subject, LocalDate due, ObligationStatus status,
                            LocalDate periodFrom, LocalDate periodTo, String cite) implements Outcome {

    public static DueObligation of(String code, LocalDate due, ObligationStatus status) {
        return new DueObligation(code, null, due, status, null, null, null);
    }

    public static DueObligation advisory(String code) {
        return new DueObligation(code, null, null, ObligationStatus.ADVISORY, null, null, null);
    }

    public DueObligation citing(String citeId) { return new DueObligation(code, subject, due, status, periodFrom, periodTo, citeId); }

    public DueObligation about(String newSubject) { return new DueObligation(code, newSubject, due, status, periodFrom, periodTo, cite); }

    public DueObligation inPeriod(LocalDate from, LocalDate to) { return new DueObligation(code, subject, due, status, from, to, cite); }
}
