package se.integration.policy.core.facts;

import java.time.LocalDate;
import se.integration.policy.core.PolicyDefinition;

/**
 * The circumstances of this evaluation: the day judged on ({@code asOf}), the date that picks the
 * version ({@code referenceDate}), and the validity of the version applied (with whether the package
 * assumed its first or last day, the text not giving it).
 *
 * @param policyId         the id of the version applied
 * @param asOf             the day judged on
 * @param referenceDate    the date that picks the version
 * @param validFrom        the version's first day in force
 * @param validTo          the version's last day in force, or {@code null}
 * @param validFromAssumed whether the package assumed the first day
 * @param validToAssumed   whether the package assumed the last day
 */
public record Judgement(String policyId, LocalDate asOf, LocalDate referenceDate, LocalDate validFrom, LocalDate validTo,
                        boolean validFromAssumed, boolean validToAssumed) {

    /**
     * {@return the circumstances of judging a case under a version on a day; {@code reference} null means {@code asOf}}
     *
     * @param d the version
     * @param asOf the day judged on
     * @param reference the date that picks the version, or {@code null}
     */
    public static Judgement of(PolicyDefinition d, LocalDate asOf, LocalDate reference) {
        return new Judgement(d.id(), asOf, reference != null ? reference : asOf, d.validFrom(), d.validTo(),
                d.assumes("validFrom"), d.assumes("validTo"));
    }

    /** {@return whether the version applied was in force on the reference date} */
    public boolean inForce() {
        return !referenceDate.isBefore(validFrom) && (validTo == null || !referenceDate.isAfter(validTo));
    }

    /** {@return the last day in force for a message: the date, or the message key of an open end} */
    public String validToText() { return validTo == null ? "validity.noEnd" : validTo.toString(); }

    /** {@return the message key saying which of the validity dates are assumptions} */
    public String assumedDatesText() {
        return validFromAssumed && validToAssumed ? "validity.assumed.both" : validFromAssumed ? "validity.assumed.from"
                : validToAssumed ? "validity.assumed.to" : "validity.stated";
    }
}
