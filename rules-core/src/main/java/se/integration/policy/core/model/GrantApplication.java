package se.integration.policy.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application for Jönköping's integration grant (contract §1.1), with what happened after a
 * grant was decided.
 *
 * @param kind         which fact model (contract §1); set by the builder
 * @param caseId       the case id, echoed in the result, or {@code null}
 * @param municipality the municipality, which picks the version in force when none is named
 * @param asOf         the day the case is judged on, or {@code null} for today
 * @param meta         free-form data, ignored, or {@code null}: plain JSON values (see {@link PolicyCase#meta()})
 * @param receivedOn   the day the application was received, which picks the version; or {@code null}
 * @param urgent       whether the applicant asks for the urgent route; {@code null} means no
 * @param applicant    the applicant
 * @param signatory    who signed the application: a signatory key of the judging version (contract §1.1:
 *                     {@code CHAIR}, {@code HEAD_OF_OPERATIONS}, {@code OTHER}), or {@code null} (unsigned)
 * @param project      the project
 * @param sections     the headings the application fills in: heading key → text; {@code null} means none. The
 *                     keys are the judging version's heading keys (its {@code Term}s of vocabulary {@code heading})
 * @param attachments  the attachment keys included (the judging version's vocabulary {@code attachment}); {@code null} means none
 * @param amounts      the amounts applied for and budgeted
 * @param disbursement how the grant is to be paid, or {@code null}
 * @param grant        what happened once a grant was decided, or {@code null} before a decision
 */
public record GrantApplication(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        Map<String, Object> meta,
        LocalDate receivedOn,
        Boolean urgent,
        @Required Applicant applicant,
        @Key String signatory,
        @Required Project project,
        @Key Map<String, String> sections,
        @Key List<String> attachments,
        @Required Amounts amounts,
        Disbursement disbursement,
        Grant grant) implements PolicyCase {
    /**
     * A builder of {@code GrantApplication}: every field optional until {@link Builder#build()}; what is required is
     * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
     * case read from JSON.
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(); }

    /** Builds a {@code GrantApplication} field by field. */
    public static final class Builder extends CaseBuilder<Builder> {
        private LocalDate receivedOn;
        private Boolean urgent;
        private Applicant applicant;
        private String signatory;
        private Project project;
        private Map<String, String> sections;
        private List<String> attachments;
        private Amounts amounts;
        private Disbursement disbursement;
        private Grant grant;

        private Builder() {}

        @Override Builder self() { return this; }

        /**
         * Sets {@code receivedOn}.
         *
         * @param receivedOn the value, or {@code null} for none
         * @return this builder
         */
        public Builder receivedOn(LocalDate receivedOn) {
            this.receivedOn = receivedOn;
            return this;
        }

        /**
         * Sets {@code urgent}.
         *
         * @param urgent the value, or {@code null} for none
         * @return this builder
         */
        public Builder urgent(Boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        /**
         * Sets {@code applicant}.
         *
         * @param applicant the value, or {@code null} for none
         * @return this builder
         */
        public Builder applicant(Applicant applicant) {
            this.applicant = applicant;
            return this;
        }

        /**
         * Sets {@code signatory}.
         *
         * @param signatory the value, or {@code null} for none
         * @return this builder
         */
        public Builder signatory(String signatory) {
            this.signatory = signatory;
            return this;
        }

        /**
         * Sets {@code project}.
         *
         * @param project the value, or {@code null} for none
         * @return this builder
         */
        public Builder project(Project project) {
            this.project = project;
            return this;
        }

        /**
         * Sets {@code sections}.
         *
         * @param sections the value, or {@code null} for none
         * @return this builder
         */
        public Builder sections(Map<String, String> sections) {
            this.sections = sections;
            return this;
        }

        /**
         * Sets {@code attachments}.
         *
         * @param attachments the value, or {@code null} for none
         * @return this builder
         */
        public Builder attachments(List<String> attachments) {
            this.attachments = attachments;
            return this;
        }

        /**
         * Sets {@code amounts}.
         *
         * @param amounts the value, or {@code null} for none
         * @return this builder
         */
        public Builder amounts(Amounts amounts) {
            this.amounts = amounts;
            return this;
        }

        /**
         * Sets {@code disbursement}.
         *
         * @param disbursement the value, or {@code null} for none
         * @return this builder
         */
        public Builder disbursement(Disbursement disbursement) {
            this.disbursement = disbursement;
            return this;
        }

        /**
         * Sets {@code grant}.
         *
         * @param grant the value, or {@code null} for none
         * @return this builder
         */
        public Builder grant(Grant grant) {
            this.grant = grant;
            return this;
        }

        /**
         * The {@code GrantApplication}.
         *
         * @return a new record with the values set
         */
        public GrantApplication build() { return new GrantApplication(CaseKind.GRANT_APPLICATION, caseId, municipality, asOf, JsonValues.meta(meta), receivedOn, urgent, applicant, signatory, project, sections, attachments, amounts, disbursement, grant); }
    }


    /**
     * Copies the lists and maps; {@code null} lists and maps become empty, a {@code null} {@code urgent} false.
     *
     * @param kind which fact model (contract §1); set by the builder
     * @param caseId the case id, echoed in the result, or {@code null}
     * @param municipality the municipality, which picks the version in force when none is named
     * @param asOf the day the case is judged on, or {@code null} for today
     * @param meta free-form data, ignored, or {@code null}: plain JSON values, kept as an unmodifiable copy
     * @param receivedOn the day the application was received, which picks the version; or {@code null}
     * @param urgent whether the applicant asks for the urgent route; {@code null} means no
     * @param applicant the applicant
     * @param signatory who signed the application, or {@code null} (unsigned)
     * @param project the project
     * @param sections the headings the application fills in: heading → text; {@code null} means none
     * @param attachments the attachments included; {@code null} means none
     * @param amounts the amounts applied for and budgeted
     * @param disbursement how the grant is to be paid, or {@code null}
     * @param grant what happened once a grant was decided, or {@code null} before a decision
     */
    public GrantApplication {
        meta = JsonValues.meta(meta);
        urgent = urgent != null && urgent;
        sections = Collections2.map(sections);
        attachments = Collections2.list(attachments);
    }

    @Override public LocalDate referenceDate() { return receivedOn != null ? receivedOn : asOf; }

    @Override public String referenceDatePath() { return receivedOn != null ? "$.receivedOn" : "$.asOf"; }

    @Override public GrantApplication withAsOf(LocalDate newAsOf) {
        return new GrantApplication(kind, caseId, municipality, newAsOf, meta, receivedOn, urgent, applicant,
                signatory, project, sections, attachments, amounts, disbursement, grant);
    }

    /**
     * {@return whether the application fills in a heading: present and not blank}
     *
     * @param key the heading
     */
    public boolean hasSection(String key) {
        String text = sections.get(key);
        return text != null && !text.isBlank();
    }

    /** {@return whether a grant has been decided ({@code grant} is present)} */
    public boolean isGranted() { return grant != null; }

    /**
     * @param type    the applicant type
     * @param name    the applicant's name, or {@code null}
     * @param members the number of members, or {@code null}
     * @param localIn the area keys where the applicant is active; {@code null} means none
     */
    public record Applicant(@Required ApplicantType type, String name, @Range(max = Limits.MAX_COUNT) Integer members,
                            @Key List<String> localIn) {
        /**
         * Copies the list; {@code null} becomes empty.
         *
         * @param type the applicant type
         * @param name the applicant's name, or {@code null}
         * @param members the number of members, or {@code null}
         * @param localIn the area keys where the applicant is active; {@code null} means none
         */
        public Applicant { localIn = Collections2.list(localIn); }
    }

    /**
     * @param title            the project's title, or {@code null}
     * @param start            the first day, or {@code null}
     * @param end              the last day, or {@code null}: not time-limited
     * @param areas            the area keys the project works in; {@code null} means none
     * @param municipalityWide whether the project covers the whole municipality; {@code null} means no
     * @param partners         the partners; {@code null} means none
     * @param coFinanciers     the co-financiers; {@code null} means none
     * @param reach            how many the project expects to reach, or {@code null}
     */
    public record Project(String title, LocalDate start, LocalDate end, @Key List<String> areas,
                          Boolean municipalityWide, List<String> partners, List<String> coFinanciers, Reach reach)
            implements Checked {
        /**
         * A builder of {@code Project}: every field optional until {@link Builder#build()}; what is required is
         * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
         * case read from JSON.
         *
         * @return a new builder
         */
        public static Builder builder() { return new Builder(); }

        /** Builds a {@code Project} field by field. */
        public static final class Builder {
            private String title;
            private LocalDate start;
            private LocalDate end;
            private List<String> areas;
            private Boolean municipalityWide;
            private List<String> partners;
            private List<String> coFinanciers;
            private Reach reach;

            private Builder() {}

            /**
             * Sets {@code title}.
             *
             * @param title the value, or {@code null} for none
             * @return this builder
             */
            public Builder title(String title) {
                this.title = title;
                return this;
            }

            /**
             * Sets {@code start}.
             *
             * @param start the value, or {@code null} for none
             * @return this builder
             */
            public Builder start(LocalDate start) {
                this.start = start;
                return this;
            }

            /**
             * Sets {@code end}.
             *
             * @param end the value, or {@code null} for none
             * @return this builder
             */
            public Builder end(LocalDate end) {
                this.end = end;
                return this;
            }

            /**
             * Sets {@code areas}.
             *
             * @param areas the value, or {@code null} for none
             * @return this builder
             */
            public Builder areas(List<String> areas) {
                this.areas = areas;
                return this;
            }

            /**
             * Sets {@code municipalityWide}.
             *
             * @param municipalityWide the value, or {@code null} for none
             * @return this builder
             */
            public Builder municipalityWide(Boolean municipalityWide) {
                this.municipalityWide = municipalityWide;
                return this;
            }

            /**
             * Sets {@code partners}.
             *
             * @param partners the value, or {@code null} for none
             * @return this builder
             */
            public Builder partners(List<String> partners) {
                this.partners = partners;
                return this;
            }

            /**
             * Sets {@code coFinanciers}.
             *
             * @param coFinanciers the value, or {@code null} for none
             * @return this builder
             */
            public Builder coFinanciers(List<String> coFinanciers) {
                this.coFinanciers = coFinanciers;
                return this;
            }

            /**
             * Sets {@code reach}.
             *
             * @param reach the value, or {@code null} for none
             * @return this builder
             */
            public Builder reach(Reach reach) {
                this.reach = reach;
                return this;
            }

            /**
             * The {@code Project}.
             *
             * @return a new record with the values set
             */
            public Project build() { return new Project(title, start, end, areas, municipalityWide, partners, coFinanciers, reach); }
        }

        /**
         * Copies the lists; {@code null} lists become empty, a {@code null} {@code municipalityWide} false.
         *
         * @param title the project's title, or {@code null}
         * @param start the first day, or {@code null}
         * @param end the last day, or {@code null}: not time-limited
         * @param areas the area keys the project works in; {@code null} means none
         * @param municipalityWide whether the project covers the whole municipality; {@code null} means no
         * @param partners the partners; {@code null} means none
         * @param coFinanciers the co-financiers; {@code null} means none
         * @param reach how many the project expects to reach, or {@code null}
         */
        public Project {
            areas = Collections2.list(areas);
            municipalityWide = municipalityWide != null && municipalityWide;
            partners = Collections2.list(partners);
            coFinanciers = Collections2.list(coFinanciers);
        }

        /** {@return whether the project is time-limited: project grants always are, and a project without an end is not} */
        public boolean isTimeLimited() { return end != null; }

        /** {@return whether the project names a partner or a co-financier} */
        public boolean hasPartnersOrCoFinanciers() { return !partners.isEmpty() || !coFinanciers.isEmpty(); }

        @Override public void check(java.util.function.BiConsumer<String, String> problem) {
            if (start != null && end != null && end.isBefore(start)) problem.accept(".end", "must not be before $.project.start");
        }
    }

    /**
     * @param girls girls, or {@code null}
     * @param boys  boys, or {@code null}
     * @param women women, or {@code null}
     * @param men   men, or {@code null}
     */
    public record Reach(@Range(max = Limits.MAX_COUNT) Integer girls, @Range(max = Limits.MAX_COUNT) Integer boys,
                        @Range(max = Limits.MAX_COUNT) Integer women, @Range(max = Limits.MAX_COUNT) Integer men) {}

    /**
     * @param requested       the amount applied for, in kronor
     * @param projectBudget   the project's budget, or {@code null}
     * @param totalBudget     the applicant's total budget, or {@code null}
     * @param ownContribution the applicant's own contribution, or {@code null}
     * @param otherGrants     other grants, or {@code null}
     */
    public record Amounts(@Required @Range Long requested, @Range Long projectBudget, @Range Long totalBudget,
                          @Range Long ownContribution, @Range Long otherGrants) {
        /**
         * A builder of {@code Amounts}: every field optional until {@link Builder#build()}; what is required is
         * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
         * case read from JSON.
         *
         * @return a new builder
         */
        public static Builder builder() { return new Builder(); }

        /** Builds a {@code Amounts} field by field. */
        public static final class Builder {
            private Long requested;
            private Long projectBudget;
            private Long totalBudget;
            private Long ownContribution;
            private Long otherGrants;

            private Builder() {}

            /**
             * Sets {@code requested}.
             *
             * @param requested the value, or {@code null} for none
             * @return this builder
             */
            public Builder requested(Long requested) {
                this.requested = requested;
                return this;
            }

            /**
             * Sets {@code projectBudget}.
             *
             * @param projectBudget the value, or {@code null} for none
             * @return this builder
             */
            public Builder projectBudget(Long projectBudget) {
                this.projectBudget = projectBudget;
                return this;
            }

            /**
             * Sets {@code totalBudget}.
             *
             * @param totalBudget the value, or {@code null} for none
             * @return this builder
             */
            public Builder totalBudget(Long totalBudget) {
                this.totalBudget = totalBudget;
                return this;
            }

            /**
             * Sets {@code ownContribution}.
             *
             * @param ownContribution the value, or {@code null} for none
             * @return this builder
             */
            public Builder ownContribution(Long ownContribution) {
                this.ownContribution = ownContribution;
                return this;
            }

            /**
             * Sets {@code otherGrants}.
             *
             * @param otherGrants the value, or {@code null} for none
             * @return this builder
             */
            public Builder otherGrants(Long otherGrants) {
                this.otherGrants = otherGrants;
                return this;
            }

            /**
             * The {@code Amounts}.
             *
             * @return a new record with the values set
             */
            public Amounts build() { return new Amounts(requested, projectBudget, totalBudget, ownContribution, otherGrants); }
        }
    }

    /**
     * What happened once a grant was decided.
     *
     * @param granted              the amount granted, in kronor
     * @param decidedOn            the day of the decision, or {@code null}
     * @param contactPerson        the applicant's contact person, or {@code null}
     * @param payments             the payments made; {@code null} means none
     * @param reports              the reports submitted; {@code null} means none
     * @param spent                what the applicant spent, or {@code null} when not known
     * @param activitiesCarriedOut whether the activities were carried out, or {@code null}
     * @param importantChanges     the important changes; {@code null} means none
     */
    public record Grant(@Required @Range Long granted, LocalDate decidedOn, String contactPerson,
                        List<Payment> payments, List<Report> reports, @Range Long spent,
                        Boolean activitiesCarriedOut, List<ImportantChange> importantChanges) {
        /**
         * A builder of {@code Grant}: every field optional until {@link Builder#build()}; what is required is
         * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
         * case read from JSON.
         *
         * @return a new builder
         */
        public static Builder builder() { return new Builder(); }

        /** Builds a {@code Grant} field by field. */
        public static final class Builder {
            private Long granted;
            private LocalDate decidedOn;
            private String contactPerson;
            private List<Payment> payments;
            private List<Report> reports;
            private Long spent;
            private Boolean activitiesCarriedOut;
            private List<ImportantChange> importantChanges;

            private Builder() {}

            /**
             * Sets {@code granted}.
             *
             * @param granted the value, or {@code null} for none
             * @return this builder
             */
            public Builder granted(Long granted) {
                this.granted = granted;
                return this;
            }

            /**
             * Sets {@code decidedOn}.
             *
             * @param decidedOn the value, or {@code null} for none
             * @return this builder
             */
            public Builder decidedOn(LocalDate decidedOn) {
                this.decidedOn = decidedOn;
                return this;
            }

            /**
             * Sets {@code contactPerson}.
             *
             * @param contactPerson the value, or {@code null} for none
             * @return this builder
             */
            public Builder contactPerson(String contactPerson) {
                this.contactPerson = contactPerson;
                return this;
            }

            /**
             * Sets {@code payments}.
             *
             * @param payments the value, or {@code null} for none
             * @return this builder
             */
            public Builder payments(List<Payment> payments) {
                this.payments = payments;
                return this;
            }

            /**
             * Sets {@code reports}.
             *
             * @param reports the value, or {@code null} for none
             * @return this builder
             */
            public Builder reports(List<Report> reports) {
                this.reports = reports;
                return this;
            }

            /**
             * Sets {@code spent}.
             *
             * @param spent the value, or {@code null} for none
             * @return this builder
             */
            public Builder spent(Long spent) {
                this.spent = spent;
                return this;
            }

            /**
             * Sets {@code activitiesCarriedOut}.
             *
             * @param activitiesCarriedOut the value, or {@code null} for none
             * @return this builder
             */
            public Builder activitiesCarriedOut(Boolean activitiesCarriedOut) {
                this.activitiesCarriedOut = activitiesCarriedOut;
                return this;
            }

            /**
             * Sets {@code importantChanges}.
             *
             * @param importantChanges the value, or {@code null} for none
             * @return this builder
             */
            public Builder importantChanges(List<ImportantChange> importantChanges) {
                this.importantChanges = importantChanges;
                return this;
            }

            /**
             * The {@code Grant}.
             *
             * @return a new record with the values set
             */
            public Grant build() { return new Grant(granted, decidedOn, contactPerson, payments, reports, spent, activitiesCarriedOut, importantChanges); }
        }

        /**
         * Copies the lists; {@code null} lists become empty.
         *
         * @param granted the amount granted, in kronor
         * @param decidedOn the day of the decision, or {@code null}
         * @param contactPerson the applicant's contact person, or {@code null}
         * @param payments the payments made; {@code null} means none
         * @param reports the reports submitted; {@code null} means none
         * @param spent what the applicant spent, or {@code null} when not known
         * @param activitiesCarriedOut whether the activities were carried out, or {@code null}
         * @param importantChanges the important changes; {@code null} means none
         */
        public Grant {
            payments = Collections2.list(payments);
            reports = Collections2.list(reports);
            importantChanges = Collections2.list(importantChanges);
        }

        /** {@return whether a contact person is named (present and not blank)} */
        public boolean hasContactPerson() { return contactPerson != null && !contactPerson.isBlank(); }
    }

    /**
     * @param date   the day of the payment
     * @param amount the amount paid, in kronor, or {@code null}
     */
    public record Payment(@Required LocalDate date, @Range Long amount) {}

    /**
     * @param type        the report type
     * @param submittedOn the day it was submitted
     */
    public record Report(@Required ReportType type, @Required LocalDate submittedOn) {}

    /**
     * @param date     the day of the change
     * @param reported whether it was reported
     */
    public record ImportantChange(@Required LocalDate date, @Required Boolean reported) {}

    /** The applicant's type ({@code applicant.type}). */
    public enum ApplicantType {
        /** förening */ ASSOCIATION,
        /** other non-profit organisation; same rules as an association */ ORGANISATION,
        /** kommunal verksamhet */ MUNICIPAL_UNIT,
        /** enskild person */ INDIVIDUAL
    }

    /** How the grant is paid ({@code disbursement}). */
    public enum Disbursement {
        /** In one payment. */
        ONCE,
        /** Every half year. */
        HALF_YEARLY
    }

    /** A report's type ({@code grant.reports[].type}). */
    public enum ReportType {
        /** delrapport before the next payment */ INTERIM,
        /** skriftlig slutrapport */ FINAL,
        /** kostnadsredovisning */ COST_ACCOUNT
    }
}
