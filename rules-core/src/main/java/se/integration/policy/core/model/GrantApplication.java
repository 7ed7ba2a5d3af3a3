package se.integration.policy.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An application for Jönköping's integration grant (contract §1.1), with what happened after a
 * grant was decided.
 */
public record GrantApplication(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        JsonNode meta,
        LocalDate receivedOn,
        Boolean urgent,
        @Required Applicant applicant,
        Signatory signatory,
        @Required Project project,
        Map<HeadingKey, String> sections,
        List<AttachmentKey> attachments,
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
    public static final class Builder {
        private String caseId;
        private Municipality municipality;
        private LocalDate asOf;
        private JsonNode meta;
        private LocalDate receivedOn;
        private Boolean urgent;
        private Applicant applicant;
        private Signatory signatory;
        private Project project;
        private Map<HeadingKey, String> sections;
        private List<AttachmentKey> attachments;
        private Amounts amounts;
        private Disbursement disbursement;
        private Grant grant;

        private Builder() {}

        /**
         * Sets {@code caseId}.
         *
         * @param caseId the value, or {@code null} for none
         * @return this builder
         */
        public Builder caseId(String caseId) {
            this.caseId = caseId;
            return this;
        }

        /**
         * Sets {@code municipality}.
         *
         * @param municipality the value, or {@code null} for none
         * @return this builder
         */
        public Builder municipality(Municipality municipality) {
            this.municipality = municipality;
            return this;
        }

        /**
         * Sets {@code asOf}.
         *
         * @param asOf the value, or {@code null} for none
         * @return this builder
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        /**
         * Sets {@code meta}.
         *
         * @param meta the value, or {@code null} for none
         * @return this builder
         */
        public Builder meta(JsonNode meta) {
            this.meta = meta;
            return this;
        }

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
        public Builder signatory(Signatory signatory) {
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
        public Builder sections(Map<HeadingKey, String> sections) {
            this.sections = sections;
            return this;
        }

        /**
         * Sets {@code attachments}.
         *
         * @param attachments the value, or {@code null} for none
         * @return this builder
         */
        public Builder attachments(List<AttachmentKey> attachments) {
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
        public GrantApplication build() { return new GrantApplication(CaseKind.GRANT_APPLICATION, caseId, municipality, asOf, meta, receivedOn, urgent, applicant, signatory, project, sections, attachments, amounts, disbursement, grant); }
    }


    public GrantApplication {
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

    /** {@return whether the application fills in a heading: present and not blank} */
    public boolean hasSection(HeadingKey key) {
        String text = sections.get(key);
        return text != null && !text.isBlank();
    }

    public boolean isGranted() { return grant != null; }

    public record Applicant(@Required ApplicantType type, String name, @Range(max = Limits.MAX_COUNT) Integer members,
                            @Key List<String> localIn) {
        public Applicant { localIn = Collections2.list(localIn); }
    }

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

        public Project {
            areas = Collections2.list(areas);
            municipalityWide = municipalityWide != null && municipalityWide;
            partners = Collections2.list(partners);
            coFinanciers = Collections2.list(coFinanciers);
        }

        /** {@return project grants are always time-limited: a project without an end is not} */
        public boolean isTimeLimited() { return end != null; }

        public boolean hasPartnersOrCoFinanciers() { return !partners.isEmpty() || !coFinanciers.isEmpty(); }

        @Override public void check(java.util.function.BiConsumer<String, String> problem) {
            if (start != null && end != null && end.isBefore(start)) problem.accept(".end", "must not be before $.project.start");
        }
    }

    public record Reach(@Range(max = Limits.MAX_COUNT) Integer girls, @Range(max = Limits.MAX_COUNT) Integer boys,
                        @Range(max = Limits.MAX_COUNT) Integer women, @Range(max = Limits.MAX_COUNT) Integer men) {}

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

    /** What happened once a grant was decided. */
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

        public Grant {
            payments = Collections2.list(payments);
            reports = Collections2.list(reports);
            importantChanges = Collections2.list(importantChanges);
        }

        public boolean hasContactPerson() { return contactPerson != null && !contactPerson.isBlank(); }
    }

    public record Payment(@Required LocalDate date, @Range Long amount) {}

    public record Report(@Required ReportType type, @Required LocalDate submittedOn) {}

    public record ImportantChange(@Required LocalDate date, @Required Boolean reported) {}

    public enum ApplicantType {
        /** förening */ ASSOCIATION,
        /** other non-profit organisation; same rules as an association */ ORGANISATION,
        /** kommunal verksamhet */ MUNICIPAL_UNIT,
        /** enskild person */ INDIVIDUAL
    }

    public enum Signatory {
        /** föreningens/organisationens ordförande */ CHAIR,
        /** verksamhetschef */ HEAD_OF_OPERATIONS,
        OTHER
    }

    public enum Disbursement { ONCE, HALF_YEARLY }

    public enum ReportType {
        /** delrapport before the next payment */ INTERIM,
        /** skriftlig slutrapport */ FINAL,
        /** kostnadsredovisning */ COST_ACCOUNT
    }

    public enum AttachmentKey {
        /** stadgar */ STATUTES,
        /** senaste verksamhetsberättelse */ ANNUAL_REPORT,
        /** revisionsberättelse */ AUDIT_REPORT,
        /** budget för innevarande år */ BUDGET_CURRENT_YEAR
    }

    /** The application headings of contract §1.1; each version requires its own subset. */
    public enum HeadingKey {
        ORGANISATION, PURPOSE_AND_GOALS, TARGET_GROUP, INTEGRATION, MEETINGS, LIVING_CONDITIONS, TRUST,
        ACTIVITIES, TIMETABLE, PARTNERS, GENDER_EQUALITY, REACH_BY_GENDER, INNOVATION, BUDGET, AFTER_PROJECT,
        INTERNAL_INFORMATION, WHY_NOT_REGULAR_BUDGET, INTEGRATION_INTO_REGULAR_OPERATIONS
    }
}
