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
 * <p>What the due date rests on and the first day a follow-up counts for the duty are not repeated
 * here: they are the core's parameters of the same code, {@code JudgedDeadline} (its
 * {@code dueAssumption}) and {@code FollowUpNotBefore} (its {@code daysAfterPlanYear}), which the
 * package's tests require for every duty, with its first day never after its due date.
 */
public record PlanFollowUpDuty(String code, List<OrganisationType> appliesTo, int monthsAfterPlanYear, String cite)
        implements ParameterFact {

    public PlanFollowUpDuty {
        Objects.requireNonNull(code, "code");
        appliesTo = List.copyOf(appliesTo);
        if (monthsAfterPlanYear < 0) throw new IllegalArgumentException("monthsAfterPlanYear must not be negative");
    }

    public boolean appliesTo(OrganisationType type) { return appliesTo.contains(type); }

    /** The due date for the plan of a year. */
    public LocalDate dueFor(int planYear) { return LocalDate.of(planYear + 1, 1, 1).plusMonths(monthsAfterPlanYear).minusDays(1); }

    @Override public String identity() { return code; }
}
