package se.integration.policy.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.facts.*;

/**
 * The one place that says which rules may go unfired for a package, and why: a rule of the core's
 * shared rule sets fires only on the parameters that drive it, so a package that has no such
 * parameter (no {@code RevisionDue}, no optional heading, no urgent-case clause) cannot fire it,
 * whatever its cases. Each entry names a shared rule and the parameters its left-hand side needs;
 * a package lacking one of them is excused from firing the rule — and only then.
 *
 * <p>A package's own rules are never excused: a package writes rules for its own parameters, so a
 * rule of its own that nothing fires is a dead rule (or a missing case file).
 *
 * <p>{@link RuleNeedsTest} checks the mapping against the rules themselves: every entry names a rule
 * that exists, each parameter type it names is a pattern of the rule's left-hand side (or, for
 * {@link UrgentRoute}, of the rules that derive it), and every shared rule whose left-hand side
 * matches a parameter type has an entry.
 */
final class RuleNeeds {
    static final String VALIDITY = "se.integration.policy.core.rules.validity/";
    static final String GRANT = "se.integration.policy.core.rules.grant/";
    static final String PLAN = "se.integration.policy.core.rules.plan/";

    /** A parameter a rule needs: of a type, and (where the rule's constraint says so) with certain values. */
    record Need(Class<? extends ParameterFact> type, String constraint, Predicate<ParameterFact> matches) {
        boolean metBy(PolicyDefinition d) { return d.parameters(type).stream().anyMatch(matches); }

        @Override public String toString() { return type.getSimpleName() + (constraint.isEmpty() ? "" : "(" + constraint + ")"); }
    }

    /**
     * Classification facts that a shared rule matches but that only a package's own rules insert,
     * each from a parameter type: {@code UrgentRoute} comes from a package's urgent-case clause
     * ({@code UrgentAuthority}). RuleNeedsTest checks that whatever inserts one matches that parameter.
     */
    static final Map<Class<?>, Class<? extends ParameterFact>> DERIVED_FROM = Map.of(UrgentRoute.class, UrgentAuthority.class);

    /** Shared rule id (DRL package / rule name) → the parameters it needs, all of them. */
    static final Map<String, List<Need>> NEEDS = new LinkedHashMap<>();

    static {
        needs(VALIDITY + "Validity: judged after the date by which the policy is to be revised", any(RevisionDue.class));

        needs(GRANT + "Completeness: a required heading is missing or blank",
                need(HeadingRequirement.class, "required", h -> h.required()));
        needs(GRANT + "Completeness: an optional heading is left out",
                need(HeadingRequirement.class, "!required", h -> !h.required()));
        needs(GRANT + "Completeness: a required attachment is missing", any(AttachmentRequirement.class));
        needs(GRANT + "Completeness: the application is not signed by the one who must sign it", any(SignatoryRequirement.class));

        needs(GRANT + "Deadlines: a report is due some months after the project's end", any(ReportDeadline.class));

        needs(GRANT + "Decision: the amount applied for decides who decides", any(AuthorityBand.class));
        needs(GRANT + "Decision: on the urgent route the urgent-case authority decides", any(UrgentAuthority.class));
        needs(GRANT + "Decision: a party consulted always, or above an amount",
                need(ConsultationRequirement.class, "condition != PRIORITY_AREA_PROJECT",
                        c -> c.condition() != ConsultationRequirement.When.PRIORITY_AREA_PROJECT));
        needs(GRANT + "Decision: a party consulted when the project works in a priority area",
                need(ConsultationRequirement.class, "condition == PRIORITY_AREA_PROJECT",
                        c -> c.condition() == ConsultationRequirement.When.PRIORITY_AREA_PROJECT),
                any(PriorityArea.class));
        needs(GRANT + "Decision: the official whose statement is the basis for the decision", any(Preparer.class));
        needs(GRANT + "Decision: the official always meets the applicant", any(ApplicantMeetingRequirement.class));

        needs(GRANT + "Duties: an advisory duty of a granted applicant", need(Duty.class, "advisory", Duty::advisory));
        needs(GRANT + "Duties: the granted applicant has given a contact person", duty("CONTACT_PERSON"));
        needs(GRANT + "Duties: the granted applicant has not given a contact person", duty("CONTACT_PERSON"));
        needs(GRANT + "Duties: an important change was not reported", duty("REPORT_IMPORTANT_CHANGES"));
        needs(GRANT + "Duties: important changes were not all reported", duty("REPORT_IMPORTANT_CHANGES"));
        needs(GRANT + "Duties: every important change so far was reported", duty("REPORT_IMPORTANT_CHANGES"));
        needs(GRANT + "Duties: a duty that runs for as long as the project does",
                need(Duty.class, "!advisory, code not CONTACT_PERSON or REPORT_IMPORTANT_CHANGES",
                        d -> !d.advisory() && !d.code().equals("CONTACT_PERSON") && !d.code().equals("REPORT_IMPORTANT_CHANGES")));

        needs(GRANT + "Interim reports: a payment after the first was preceded by an interim report", any(InterimReporting.class));
        needs(GRANT + "Interim reports: a payment after the first was made without an interim report", any(InterimReporting.class));
        needs(GRANT + "Interim reports: the next half-yearly payment of a running project needs an interim report", any(InterimReporting.class));

        needs(GRANT + "Priority: the project works in a priority area", any(PriorityArea.class));
        needs(GRANT + "Priority: a project in another residential area is encouraged too",
                need(Encouragement.class, "effort == OTHER_AREAS", e -> e.effort().equals("OTHER_AREAS")));
        needs(GRANT + "Priority: a municipality-wide effort is encouraged",
                need(Encouragement.class, "effort == MUNICIPALITY_WIDE", e -> e.effort().equals("MUNICIPALITY_WIDE")));

        needs(GRANT + "Repayment: the activities described in the application were not carried out",
                need(RepaymentCondition.class, "ground == ACTIVITIES_NOT_CARRIED_OUT", r -> r.ground().equals("ACTIVITIES_NOT_CARRIED_OUT")));
        needs(GRANT + "Repayment: funds remain after the project's end",
                need(RepaymentCondition.class, "ground == UNSPENT_FUNDS", r -> r.ground().equals("UNSPENT_FUNDS")));

        needs(GRANT + "Eligibility: an applicant of a type the guidelines never grant", any(ExcludedApplicant.class));
        needs(GRANT + "Eligibility: a project grant is always time-limited", any(TimeLimitRequirement.class));

        needs(PLAN + "Focus areas: a focus area the plan's measures cover", any(FocusArea.class));
        needs(PLAN + "Focus areas: a focus area the plan's measures leave out", any(FocusArea.class));
        needs(PLAN + "Deadlines: a duty of the plan is overdue", any(JudgedDeadline.class));
        needs(PLAN + "Deadlines: a duty of the plan was done late", any(JudgedDeadline.class));
    }

    private RuleNeeds() {}

    /** The parameters a package lacks for a rule (empty: it has what the rule needs, or the rule needs no parameter). */
    static List<Need> missing(String ruleId, PolicyDefinition d) {
        List<Need> missing = new ArrayList<>();
        for (Need n : NEEDS.getOrDefault(ruleId, List.of())) if (!n.metBy(d)) missing.add(n);
        return missing;
    }

    /** Whether a package is excused from firing a rule: it is a shared rule and the package lacks a parameter it needs. */
    static boolean excused(String ruleId, PolicyDefinition d) { return !missing(ruleId, d).isEmpty(); }

    private static void needs(String rule, Need... needs) {
        if (NEEDS.put(rule, List.of(needs)) != null) throw new IllegalStateException("listed twice: " + rule);
    }

    private static Need any(Class<? extends ParameterFact> type) { return new Need(type, "", x -> true); }

    @SuppressWarnings("unchecked")
    private static <T extends ParameterFact> Need need(Class<T> type, String constraint, Predicate<T> matches) {
        return new Need(type, constraint, x -> type.isInstance(x) && matches.test((T) x));
    }

    private static Need duty(String code) {
        return need(Duty.class, "code == " + code + ", !advisory", d -> d.code().equals(code) && !d.advisory());
    }
}
