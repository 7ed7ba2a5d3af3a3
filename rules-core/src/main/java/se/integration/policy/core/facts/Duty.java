package se.integration.policy.core.facts;

import java.util.List;

/**
 * A duty of a granted applicant (contact person, area-group participation, publicity, informing the
 * administration, reporting important changes). {@code advisory} for a "bör" or "i lämplig
 * utsträckning", which has no deadline.
 *
 * @param code      the obligation code
 * @param appliesTo the applicant categories the duty applies to
 * @param advisory  whether the text only says "bör" (no deadline)
 * @param cite      the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record Duty(String code, List<ApplicantCategory> appliesTo, boolean advisory, String cite) implements ParameterFact {
    /**
     * Copies the list.
     *
     * @param code the obligation code
     * @param appliesTo the applicant categories the duty applies to
     * @param advisory whether the text only says "bör" (no deadline)
     * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
     * @throws NullPointerException if {@code appliesTo} is {@code null}
     */
    public Duty { appliesTo = List.copyOf(appliesTo); }

    /**
     * {@return whether the duty applies to an applicant category}
     *
     * @param category the category
     */
    public boolean appliesTo(ApplicantCategory category) { return appliesTo.contains(category); }

    @Override public String identity() { return code; }
}
