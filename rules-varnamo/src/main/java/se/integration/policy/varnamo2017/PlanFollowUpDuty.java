package se.integration.policy.varnamo2017;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * A duty that falls on the organisation whose action plan it is, once for the plan's year: the
 * obligation {@code code}, the organisation types it falls on, and its due date, the last day of the
 * {@code monthsAfterPlanYear}-th month after the plan's year (0: 31 December of the year itself).
 *
 * <p>{@code dueAssumption}: the id of the assumption (policy.json {@code assumptions}) the due date
 * rests on, or {@code null} where the policy itself sets the date; messages say which
 * ({@link #dueBasis()}). {@code earliestDaysAfterPlanYear}: a follow-up counts only from that many
 * days after the last day of the plan's year (1: from 1 January of the next year); one dated earlier
 * does not report the year's results.
 */
public record PlanFollowUpDuty(String code, List<OrganisationType> appliesTo, int monthsAfterPlanYear,
                               String dueAssumption, int earliestDaysAfterPlanYear, String cite)
        implements ParameterFact {

    public PlanFollowUpDuty {
        Objects.requireNonNull(code, "code");
        appliesTo = List.copyOf(appliesTo);
        if (monthsAfterPlanYear < 0) throw new IllegalArgumentException("monthsAfterPlanYear must not be negative");
        if (earliestDaysAfterPlanYear < 0) throw new IllegalArgumentException("earliestDaysAfterPlanYear must not be negative");
        if (dueAssumption != null && dueAssumption.isBlank()) throw new IllegalArgumentException("dueAssumption must be an assumption id or null");
        // the tightest year: one followed by a common year (February of 28 days)
        LocalDate due = dueFor(monthsAfterPlanYear, 2018), earliest = earliestFor(earliestDaysAfterPlanYear, 2018);
        if (earliest.isAfter(due)) {
            throw new IllegalArgumentException(code + ": the earliest day of a follow-up (" + earliest + " for 2018) is after its due date (" + due + ")");
        }
    }

    public boolean appliesTo(OrganisationType type) { return appliesTo.contains(type); }

    /** The due date for the plan of a year. */
    public LocalDate dueFor(int planYear) { return dueFor(monthsAfterPlanYear, planYear); }

    /** The first day a follow-up of the plan of a year reports that year's results. */
    public LocalDate earliestFor(int planYear) { return earliestFor(earliestDaysAfterPlanYear, planYear); }

    /**
     * What the due date rests on, as a message label key: {@code due.assumed} (an assumption of this
     * package, named by {@code dueAssumption}) or {@code due.policy} (the policy's own date).
     */
    public String dueBasis() { return dueAssumption == null ? "due.policy" : "due.assumed"; }

    private static LocalDate dueFor(int months, int planYear) {
        return LocalDate.of(planYear + 1, 1, 1).plusMonths(months).minusDays(1);
    }

    private static LocalDate earliestFor(int days, int planYear) { return LocalDate.of(planYear, 12, 31).plusDays(days); }

    @Override public String identity() { return code; }
}
