package se.integration.policy.core.facts;

import java.time.LocalDate;

/**
 * A duty that falls on the applicant or organisation, with its due date (where it has one) and its
 * status against the day judged on. {@code periodFrom}/{@code periodTo} give the period a recurring
 * duty falls in, where it has one.
 *
 * @param code       the obligation code (contract §2)
 * @param subject    what the duty is about, or {@code null}
 * @param due        the due day, or {@code null} where the text gives none
 * @param status     the status against the day judged on
 * @param periodFrom the first day of the duty's period, or {@code null}
 * @param periodTo   the last day of the duty's period, or {@code null}
 * @param cite       the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record DueObligation(String code, String subject, LocalDate due, ObligationStatus status,
                            LocalDate periodFrom, LocalDate periodTo, String cite) implements Outcome {

    /**
     * {@return a duty with a due day (or none), no subject, cited by the inserting rule}
     *
     * @param code the obligation code
     * @param due the due day, or {@code null}
     * @param status the status
     */
    public static DueObligation of(String code, LocalDate due, ObligationStatus status) {
        return new DueObligation(code, null, due, status, null, null, null);
    }

    /**
     * {@return an {@code ADVISORY} duty ("bör"), with no due day}
     *
     * @param code the obligation code
     */
    public static DueObligation advisory(String code) {
        return new DueObligation(code, null, null, ObligationStatus.ADVISORY, null, null, null);
    }

    /**
     * {@return this duty, citing a citation of the parameters file}
     *
     * @param citeId the citation's id
     */
    public DueObligation citing(String citeId) { return new DueObligation(code, subject, due, status, periodFrom, periodTo, citeId); }

    /**
     * {@return this duty, about another subject}
     *
     * @param newSubject the subject
     */
    public DueObligation about(String newSubject) { return new DueObligation(code, newSubject, due, status, periodFrom, periodTo, cite); }

    /**
     * {@return this duty, judged against a period} A duty whose text gives a period and no day ("årligen",
     * "halvårsvis") is judged against its period (contract 1.1): it has no due day, so that no day the text
     * does not give can make it overdue; its status is {@link se.integration.policy.core.facts.Deadlines#inPeriod}.
     *
     * @param from the period's first day
     * @param to the period's last day
     * @throws IllegalStateException if this duty has a due day: a period's last day is not a due day the text gives
     */
    public DueObligation inPeriod(LocalDate from, LocalDate to) {
        if (due != null) {
            throw new IllegalStateException(code + ": a duty judged against its period (" + from + "–" + to + ") has no due day, not " + due
                    + " (contract 1.1)");
        }
        return new DueObligation(code, subject, due, status, from, to, cite);
    }
}
