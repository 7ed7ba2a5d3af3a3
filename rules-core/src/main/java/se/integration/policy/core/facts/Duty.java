package se.integration.policy.core.facts;

import java.util.List;

/**
 * A duty of a granted applicant (contact person, area-group participation, publicity, informing the
 * administration, reporting important changes). {@code advisory} for a "bör" or "i lämplig
 * utsträckning", which has no deadline.
 */
public record Duty(String code, List<ApplicantCategory> appliesTo, boolean advisory, String cite) implements ParameterFact {
    public Duty { appliesTo = List.copyOf(appliesTo); }

    public boolean appliesTo(ApplicantCategory category) { return appliesTo.contains(category); }

    @Override public String identity() { return code; }
}
