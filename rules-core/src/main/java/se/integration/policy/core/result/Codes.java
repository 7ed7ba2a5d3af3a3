package se.integration.policy.core.result;

/**
 * The codes contract §2 fixes, as constants: what a {@link Finding#code()}, an {@link Obligation#code()}, a
 * {@link Decision}, a {@link Priority} or a {@link Repayment} holds. Severities and obligation statuses are the enums
 * {@link se.integration.policy.core.facts.Severity} and {@link se.integration.policy.core.facts.ObligationStatus}.
 */
public final class Codes {
    private Codes() {}

    /** Finding codes (contract §2, "Vocabulary"); a package may add codes of its own. */
    public static final class Findings {
        private Findings() {}
        /** {@code MISSING_SECTION}. */
        public static final String MISSING_SECTION = "MISSING_SECTION";
        /** {@code MISSING_ATTACHMENT}. */
        public static final String MISSING_ATTACHMENT = "MISSING_ATTACHMENT";
        /** {@code WRONG_SIGNATORY}. */
        public static final String WRONG_SIGNATORY = "WRONG_SIGNATORY";
        /** {@code INDIVIDUAL_NOT_ELIGIBLE}. */
        public static final String INDIVIDUAL_NOT_ELIGIBLE = "INDIVIDUAL_NOT_ELIGIBLE";
        /** {@code NOT_TIME_LIMITED}. */
        public static final String NOT_TIME_LIMITED = "NOT_TIME_LIMITED";
        /** {@code PRIORITY_AREA}. */
        public static final String PRIORITY_AREA = "PRIORITY_AREA";
        /** {@code LOCAL_ASSOCIATION_PRIORITY}. */
        public static final String LOCAL_ASSOCIATION_PRIORITY = "LOCAL_ASSOCIATION_PRIORITY";
        /** {@code PARTNERSHIP_ENCOURAGED}. */
        public static final String PARTNERSHIP_ENCOURAGED = "PARTNERSHIP_ENCOURAGED";
        /** {@code PAYMENT_WITHOUT_INTERIM_REPORT}. */
        public static final String PAYMENT_WITHOUT_INTERIM_REPORT = "PAYMENT_WITHOUT_INTERIM_REPORT";
        /** {@code CHANGE_NOT_REPORTED}. */
        public static final String CHANGE_NOT_REPORTED = "CHANGE_NOT_REPORTED";
        /** {@code MISSING_CONTACT_PERSON}. */
        public static final String MISSING_CONTACT_PERSON = "MISSING_CONTACT_PERSON";
        /** {@code MEASURE_INCOMPLETE}. */
        public static final String MEASURE_INCOMPLETE = "MEASURE_INCOMPLETE";
        /** {@code MISSING_FOLLOW_UP_SECTION}. */
        public static final String MISSING_FOLLOW_UP_SECTION = "MISSING_FOLLOW_UP_SECTION";
        /** {@code CHILDREN_AND_ADULTS_NOT_BOTH_TARGETED}. */
        public static final String CHILDREN_AND_ADULTS_NOT_BOTH_TARGETED = "CHILDREN_AND_ADULTS_NOT_BOTH_TARGETED";
        /** {@code MISSING_KEY_FIGURES}. */
        public static final String MISSING_KEY_FIGURES = "MISSING_KEY_FIGURES";
        /** {@code MISSING_ANNUAL_PLAN}. */
        public static final String MISSING_ANNUAL_PLAN = "MISSING_ANNUAL_PLAN";
        /** {@code OUT_OF_SCOPE}. */
        public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
        /** {@code POLICY_NOT_IN_FORCE}. */
        public static final String POLICY_NOT_IN_FORCE = "POLICY_NOT_IN_FORCE";
        /** {@code POLICY_REVISION_OVERDUE}. */
        public static final String POLICY_REVISION_OVERDUE = "POLICY_REVISION_OVERDUE";
        /** {@code ALLOCATION_EXCEEDED}. */
        public static final String ALLOCATION_EXCEEDED = "ALLOCATION_EXCEEDED";
        /** {@code OUTSIDE_ALLOCATION_PERIOD}. */
        public static final String OUTSIDE_ALLOCATION_PERIOD = "OUTSIDE_ALLOCATION_PERIOD";
        /** {@code UNKNOWN_ALLOCATION}. */
        public static final String UNKNOWN_ALLOCATION = "UNKNOWN_ALLOCATION";
        /** {@code REPORT_BACK_OVERDUE}. */
        public static final String REPORT_BACK_OVERDUE = "REPORT_BACK_OVERDUE";
    }

    /** Obligation codes (contract §2, "Vocabulary"). */
    public static final class Obligations {
        private Obligations() {}
        /** {@code INTERIM_REPORT}. */
        public static final String INTERIM_REPORT = "INTERIM_REPORT";
        /** {@code FINAL_REPORT}. */
        public static final String FINAL_REPORT = "FINAL_REPORT";
        /** {@code COST_ACCOUNT}. */
        public static final String COST_ACCOUNT = "COST_ACCOUNT";
        /** {@code CONTACT_PERSON}. */
        public static final String CONTACT_PERSON = "CONTACT_PERSON";
        /** {@code AREA_GROUP_PARTICIPATION}. */
        public static final String AREA_GROUP_PARTICIPATION = "AREA_GROUP_PARTICIPATION";
        /** {@code GRANT_PUBLICITY}. */
        public static final String GRANT_PUBLICITY = "GRANT_PUBLICITY";
        /** {@code INFORM_ADMINISTRATION}. */
        public static final String INFORM_ADMINISTRATION = "INFORM_ADMINISTRATION";
        /** {@code REPORT_IMPORTANT_CHANGES}. */
        public static final String REPORT_IMPORTANT_CHANGES = "REPORT_IMPORTANT_CHANGES";
        /** {@code ANNUAL_PLAN}. */
        public static final String ANNUAL_PLAN = "ANNUAL_PLAN";
        /** {@code ANNUAL_FOLLOW_UP}. */
        public static final String ANNUAL_FOLLOW_UP = "ANNUAL_FOLLOW_UP";
        /** {@code REPORT_BACK}. */
        public static final String REPORT_BACK = "REPORT_BACK";
        /** {@code POLICY_FOLLOW_UP}. */
        public static final String POLICY_FOLLOW_UP = "POLICY_FOLLOW_UP";
    }

    /** Deciding authorities ({@code decision.authority}). */
    public static final class Authorities {
        private Authorities() {}
        /** {@code JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET}. */
        public static final String JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET = "JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET";
        /** {@code UTREDNINGSCHEF}. */
        public static final String UTREDNINGSCHEF = "UTREDNINGSCHEF";
        /** {@code KOMMUNSTYRELSENS_LEDNINGSUTSKOTT}. */
        public static final String KOMMUNSTYRELSENS_LEDNINGSUTSKOTT = "KOMMUNSTYRELSENS_LEDNINGSUTSKOTT";
        /** {@code ANALYS_OCH_HALLBARHETSCHEF}. */
        public static final String ANALYS_OCH_HALLBARHETSCHEF = "ANALYS_OCH_HALLBARHETSCHEF";
    }

    /** Consultations ({@code decision.consultations}). */
    public static final class Consultations {
        private Consultations() {}
        /** {@code ORDFORANDE_OCH_VICE_ORDFORANDE}. */
        public static final String ORDFORANDE_OCH_VICE_ORDFORANDE = "ORDFORANDE_OCH_VICE_ORDFORANDE";
        /** {@code SAMVERKANSPARTNERS}. */
        public static final String SAMVERKANSPARTNERS = "SAMVERKANSPARTNERS";
        /** {@code OMRADESGRUPPER}. */
        public static final String OMRADESGRUPPER = "OMRADESGRUPPER";
        /** {@code KOORDINATORER_PRIO_OMRADEN}. */
        public static final String KOORDINATORER_PRIO_OMRADEN = "KOORDINATORER_PRIO_OMRADEN";
    }

    /** Who prepares the decision ({@code decision.preparedBy}). */
    public static final class Preparers {
        private Preparers() {}
        /** {@code INTEGRATIONSSAMORDNARE}. */
        public static final String INTEGRATIONSSAMORDNARE = "INTEGRATIONSSAMORDNARE";
        /** {@code INTEGRATIONSSTRATEG}. */
        public static final String INTEGRATIONSSTRATEG = "INTEGRATIONSSTRATEG";
    }

    /** Priority factors ({@code priority.factors}). */
    public static final class PriorityFactors {
        private PriorityFactors() {}
        /** {@code PRIORITY_AREA}. */
        public static final String PRIORITY_AREA = "PRIORITY_AREA";
        /** {@code LOCAL_ASSOCIATION}. */
        public static final String LOCAL_ASSOCIATION = "LOCAL_ASSOCIATION";
        /** {@code PARTNERSHIP}. */
        public static final String PARTNERSHIP = "PARTNERSHIP";
        /** {@code MUNICIPALITY_WIDE}. */
        public static final String MUNICIPALITY_WIDE = "MUNICIPALITY_WIDE";
    }

    /** Repayment grounds ({@code repayment.grounds}). */
    public static final class RepaymentGrounds {
        private RepaymentGrounds() {}
        /** {@code ACTIVITIES_NOT_CARRIED_OUT}. */
        public static final String ACTIVITIES_NOT_CARRIED_OUT = "ACTIVITIES_NOT_CARRIED_OUT";
        /** {@code UNSPENT_FUNDS}. */
        public static final String UNSPENT_FUNDS = "UNSPENT_FUNDS";
    }
}
