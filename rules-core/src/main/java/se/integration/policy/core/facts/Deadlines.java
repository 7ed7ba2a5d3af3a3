package se.integration.policy.core.facts;

import java.time.LocalDate;
import java.util.Comparator;
import se.integration.policy.core.model.GrantApplication.Grant;
import se.integration.policy.core.model.GrantApplication.Payment;
import se.integration.policy.core.model.GrantApplication.Report;
import se.integration.policy.core.model.GrantApplication.ReportType;

/**
 * Deadline arithmetic shared by every package: the one place that says when a duty is OPEN, MET,
 * LATE or OVERDUE (which report answers which payment: {@link PaymentOccasion}). Dates carry no time of day, so a report
 * on the due date is on time and one the day after is late.
 */
public final class Deadlines {
    private Deadlines() {}

    /**
     * The status of a duty due on {@code due}, done on {@code done} ({@code null}: not done), judged on {@code asOf}.
     * Done on or before the due date: MET; after it: LATE. Not done: OPEN up to and including the due
     * date, OVERDUE from the day after.
     *
     * @param due the due day
     * @param done the day it was done, or {@code null}
     * @param asOf the day judged on
     * @return the status
     * @throws NullPointerException if {@code due} or {@code asOf} is {@code null}
     */
    public static ObligationStatus status(LocalDate due, LocalDate done, LocalDate asOf) {
        if (done != null) return done.isAfter(due) ? ObligationStatus.LATE : ObligationStatus.MET;
        return asOf.isAfter(due) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
    }

    /**
     * The status of a duty the text gives a period for and no day ("årligen": each calendar year), whose
     * period ends on {@code periodEnd} (contract 1.1): done within it (or before it began) MET, after it
     * LATE; not done: OPEN while the period runs, OVERDUE once it has ended.
     *
     * @param periodEnd the last day of the period
     * @param done the day it was done, or {@code null}
     * @param asOf the day judged on
     * @return the status
     * @throws NullPointerException if {@code periodEnd} or {@code asOf} is {@code null}
     */
    public static ObligationStatus inPeriod(LocalDate periodEnd, LocalDate done, LocalDate asOf) {
        return status(periodEnd, done, asOf);
    }

    /**
     * The status of a duty that runs for as long as the project does and that nothing in a case shows
     * broken: OPEN up to and including the project's last day (or while no last day is known), MET
     * from the day after.
     *
     * @param projectEnd the project's last day, or {@code null}
     * @param asOf the day judged on
     * @return {@code OPEN} or {@code MET}
     */
    public static ObligationStatus whileTheProjectRuns(LocalDate projectEnd, LocalDate asOf) {
        return projectEnd != null && asOf.isAfter(projectEnd) ? ObligationStatus.MET : ObligationStatus.OPEN;
    }

    /**
     * {@return the first report of a type, or {@code null}}
     *
     * @param grant the grant
     * @param type the report type
     */
    public static LocalDate firstReport(Grant grant, ReportType type) {
        return grant.reports().stream().filter(r -> r.type() == type).map(Report::submittedOn)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * {@return the obligation code for a report type}
     *
     * @param type the report type
     */
    public static String obligationCode(ReportType type) {
        return switch (type) {
            case INTERIM -> "INTERIM_REPORT";
            case FINAL -> "FINAL_REPORT";
            case COST_ACCOUNT -> "COST_ACCOUNT";
        };
    }

    /**
     * Funds left: what the applicant received minus what it spent, never below zero; {@code null} when
     * spending is not known. What it received is the sum of the recorded payments, or the amount
     * granted where no payment is recorded (a payment withheld is not money to be repaid).
     *
     * @param grant the grant
     * @return the funds left in kronor, or {@code null}
     */
    public static Long unspent(Grant grant) {
        if (grant.spent() == null) return null;
        return Math.max(0, received(grant) - grant.spent());
    }

    /**
     * Whether the grant has been paid in full: payments are recorded, each with its amount, and they add up
     * to at least the amount granted. Otherwise a further payment may come.
     *
     * @param grant the grant
     * @return {@code true} if paid in full
     */
    public static boolean paidInFull(Grant grant) {
        if (grant.payments().isEmpty() || grant.payments().stream().anyMatch(p -> p.amount() == null)) return false;
        return grant.payments().stream().mapToLong(Payment::amount).sum() >= grant.granted();
    }

    /**
     * {@return the sum of the recorded payments (a payment without an amount counts as unknown: the grant is used), or the amount granted}
     *
     * @param grant the grant
     */
    public static long received(Grant grant) {
        if (grant.payments().isEmpty() || grant.payments().stream().anyMatch(p -> p.amount() == null)) return grant.granted();
        return grant.payments().stream().mapToLong(Payment::amount).sum();
    }
}
