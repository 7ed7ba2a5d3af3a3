package se.integration.policy.mellerud2014;

import java.util.List;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.OrganisationType;

/**
 * The organisation types a requirement of the document applies to (the document addresses
 * "nämnd och styrelse", "förvaltningar och bolag", "nämnder/förvaltningar"; how those words map onto
 * the organisation types of a case is an assumption recorded in the parameters file).
 *
 * @param requirement the requirement: {@code ANNUAL_PLAN}, {@code ANNUAL_FOLLOW_UP}, {@code CONTACT_PERSON},
 *                    {@code KEY_FIGURES}, {@code CHILDREN_AND_ADULTS}, {@code STATE_GRANT_DISTRIBUTION}
 */
public record OrganisationScope(String requirement, List<OrganisationType> organisations, String cite) implements ParameterFact {
    public OrganisationScope {
        if (requirement == null || requirement.isBlank()) throw new IllegalArgumentException("a scope needs a requirement");
        organisations = List.copyOf(organisations);
    }

    @Override public String identity() { return requirement; }
}
