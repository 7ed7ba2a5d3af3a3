package se.integration.policy.varnamo2017;

import java.util.List;
import java.util.Objects;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * A duty that falls on the organisation whose action plan it is, once for the plan's year: the
 * obligation {@code code} and the organisation types it falls on. The text gives it neither a day nor a
 * period ("Resultatet från nämnders åtgärdsplaner sammanfattas och redovisas i kommunstyrelsen."), so it
 * has no due day and is never LATE or OVERDUE (contract 1.1).
 */
public record PlanFollowUpDuty(String code, List<OrganisationType> appliesTo, String cite)
        implements ParameterFact {

    public PlanFollowUpDuty {
        Objects.requireNonNull(code, "code");
        appliesTo = List.copyOf(appliesTo);
    }

    public boolean appliesTo(OrganisationType type) { return appliesTo.contains(type); }


    @Override public String identity() { return code; }
}
