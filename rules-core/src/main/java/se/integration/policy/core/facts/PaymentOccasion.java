package se.integration.policy.core.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.integration.policy.core.model.GrantApplication.Grant;
import se.integration.policy.core.model.GrantApplication.Payment;
import se.integration.policy.core.model.GrantApplication.Report;
import se.integration.policy.core.model.GrantApplication.ReportType;

/**
 * A day on which grant money was paid, with what the interim-report rules ask of it. Several payments
 * on one day are one occasion (one interim report answers them all).
 *
 * <p>Worked out once per case from the payments and reports in date order, so that the rules do not
 * look at every payment for every payment (a grant may list up to 10 000 of each).
 *
 * @param date                the day of the payment
 * @param previous            the latest earlier payment day, or {@code null} for the first payment
 * @param interimReportBefore the first interim report submitted after {@code previous} and on or before
 *                            {@code date} (a report on the payment's own day counts as before it), or {@code null}
 * @param interimReportAfter  the first interim report submitted after {@code date}, or {@code null}
 * @param last                whether this is the latest payment day
 */
public record PaymentOccasion(LocalDate date, LocalDate previous, LocalDate interimReportBefore, LocalDate interimReportAfter,
        boolean last) {

    /**
     * {@return the occasions of a grant, in date order}
     *
     * @param grant the grant
     */
    public static List<PaymentOccasion> of(Grant grant) {
        LocalDate[] days = grant.payments().stream().map(Payment::date).distinct().sorted().toArray(LocalDate[]::new);
        LocalDate[] interim = grant.reports().stream().filter(r -> r.type() == ReportType.INTERIM).map(Report::submittedOn)
                .sorted().toArray(LocalDate[]::new);
        List<PaymentOccasion> out = new ArrayList<>(days.length);
        for (int i = 0; i < days.length; i++) {
            LocalDate previous = i > 0 ? days[i - 1] : null;
            LocalDate firstSincePrevious = previous == null ? (interim.length > 0 ? interim[0] : null) : firstAfter(interim, previous);
            LocalDate before = firstSincePrevious != null && !firstSincePrevious.isAfter(days[i]) ? firstSincePrevious : null;
            out.add(new PaymentOccasion(days[i], previous, before, firstAfter(interim, days[i]), i == days.length - 1));
        }
        return out;
    }

    /** The first of the sorted days strictly after {@code day}, or {@code null}. */
    private static LocalDate firstAfter(LocalDate[] sorted, LocalDate day) {
        int i = Arrays.binarySearch(sorted, day);
        if (i < 0) {
            i = -i - 1;
        } else {
            while (i < sorted.length && sorted[i].equals(day)) i++;
        }
        return i < sorted.length ? sorted[i] : null;
    }
}
