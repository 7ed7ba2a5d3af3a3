package se.integration.policy.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** A committee's or company's integration action plan (contract §1.2: Mellerud, Värnamo). */
public record ActionPlan(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        JsonNode meta,
        @Required Organisation organisation,
        @Range(min = Limits.MIN_YEAR, max = Limits.MAX_YEAR) Integer year,
        LocalDate adoptedOn,
        String contactPerson,
        List<Measure> measures,
        List<String> keyFigures,
        FollowUp followUp) implements PolicyCase, Checked {
    /**
     * A builder of {@code ActionPlan}: every field optional until {@link Builder#build()}; what is required is
     * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
     * case read from JSON.
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(); }

    /** Builds a {@code ActionPlan} field by field. */
    public static final class Builder {
        private String caseId;
        private Municipality municipality;
        private LocalDate asOf;
        private JsonNode meta;
        private Organisation organisation;
        private Integer year;
        private LocalDate adoptedOn;
        private String contactPerson;
        private List<Measure> measures;
        private List<String> keyFigures;
        private FollowUp followUp;

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
         * Sets {@code organisation}.
         *
         * @param organisation the value, or {@code null} for none
         * @return this builder
         */
        public Builder organisation(Organisation organisation) {
            this.organisation = organisation;
            return this;
        }

        /**
         * Sets {@code year}.
         *
         * @param year the value, or {@code null} for none
         * @return this builder
         */
        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        /**
         * Sets {@code adoptedOn}.
         *
         * @param adoptedOn the value, or {@code null} for none
         * @return this builder
         */
        public Builder adoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
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
         * Sets {@code measures}.
         *
         * @param measures the value, or {@code null} for none
         * @return this builder
         */
        public Builder measures(List<Measure> measures) {
            this.measures = measures;
            return this;
        }

        /**
         * Sets {@code keyFigures}.
         *
         * @param keyFigures the value, or {@code null} for none
         * @return this builder
         */
        public Builder keyFigures(List<String> keyFigures) {
            this.keyFigures = keyFigures;
            return this;
        }

        /**
         * Sets {@code followUp}.
         *
         * @param followUp the value, or {@code null} for none
         * @return this builder
         */
        public Builder followUp(FollowUp followUp) {
            this.followUp = followUp;
            return this;
        }

        /**
         * The {@code ActionPlan}.
         *
         * @return a new record with the values set
         */
        public ActionPlan build() { return new ActionPlan(CaseKind.ACTION_PLAN, caseId, municipality, asOf, meta, organisation, year, adoptedOn, contactPerson, measures, keyFigures, followUp); }
    }


    public ActionPlan {
        measures = Collections2.list(measures);
        keyFigures = Collections2.list(keyFigures);
    }

    @Override public ActionPlan withAsOf(LocalDate newAsOf) {
        return new ActionPlan(kind, caseId, municipality, newAsOf, meta, organisation, year, adoptedOn, contactPerson,
                measures, keyFigures, followUp);
    }

    /** A follow-up of a plan cannot come before the plan was adopted. */
    @Override public void check(BiConsumer<String, String> problem) {
        if (adoptedOn != null && followUp != null && followUp.submittedOn() != null && followUp.submittedOn().isBefore(adoptedOn)) {
            problem.accept(".followUp.submittedOn", "must not be before $.adoptedOn (the plan's follow-up cannot come before the plan)");
        }
    }

    public boolean hasContactPerson() { return contactPerson != null && !contactPerson.isBlank(); }

    /** {@return key figures that say something (blank entries do not count)} */
    public boolean hasKeyFigures() { return keyFigures.stream().anyMatch(k -> k != null && !k.isBlank()); }

    /** {@code whollyOwned} says whether a company is wholly owned by the municipality; it is for companies only. */
    public record Organisation(@Required OrganisationType type, String name, @OnlyWhen(field = "type", is = "COMPANY") Boolean whollyOwned) {}

    public record Measure(String title, @Key List<String> focusAreas, List<Target> targets, Timeframe timeframe,
                          String responsible, String effectMeasurement, FollowUpInterval followUpInterval,
                          String measurableGoal) {
        /**
         * A builder of {@code Measure}: every field optional until {@link Builder#build()}; what is required is
         * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
         * case read from JSON.
         *
         * @return a new builder
         */
        public static Builder builder() { return new Builder(); }

        /** Builds a {@code Measure} field by field. */
        public static final class Builder {
            private String title;
            private List<String> focusAreas;
            private List<Target> targets;
            private Timeframe timeframe;
            private String responsible;
            private String effectMeasurement;
            private FollowUpInterval followUpInterval;
            private String measurableGoal;

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
             * Sets {@code focusAreas}.
             *
             * @param focusAreas the value, or {@code null} for none
             * @return this builder
             */
            public Builder focusAreas(List<String> focusAreas) {
                this.focusAreas = focusAreas;
                return this;
            }

            /**
             * Sets {@code targets}.
             *
             * @param targets the value, or {@code null} for none
             * @return this builder
             */
            public Builder targets(List<Target> targets) {
                this.targets = targets;
                return this;
            }

            /**
             * Sets {@code timeframe}.
             *
             * @param timeframe the value, or {@code null} for none
             * @return this builder
             */
            public Builder timeframe(Timeframe timeframe) {
                this.timeframe = timeframe;
                return this;
            }

            /**
             * Sets {@code responsible}.
             *
             * @param responsible the value, or {@code null} for none
             * @return this builder
             */
            public Builder responsible(String responsible) {
                this.responsible = responsible;
                return this;
            }

            /**
             * Sets {@code effectMeasurement}.
             *
             * @param effectMeasurement the value, or {@code null} for none
             * @return this builder
             */
            public Builder effectMeasurement(String effectMeasurement) {
                this.effectMeasurement = effectMeasurement;
                return this;
            }

            /**
             * Sets {@code followUpInterval}.
             *
             * @param followUpInterval the value, or {@code null} for none
             * @return this builder
             */
            public Builder followUpInterval(FollowUpInterval followUpInterval) {
                this.followUpInterval = followUpInterval;
                return this;
            }

            /**
             * Sets {@code measurableGoal}.
             *
             * @param measurableGoal the value, or {@code null} for none
             * @return this builder
             */
            public Builder measurableGoal(String measurableGoal) {
                this.measurableGoal = measurableGoal;
                return this;
            }

            /**
             * The {@code Measure}.
             *
             * @return a new record with the values set
             */
            public Measure build() { return new Measure(title, focusAreas, targets, timeframe, responsible, effectMeasurement, followUpInterval, measurableGoal); }
        }

        public Measure {
            focusAreas = Collections2.list(focusAreas);
            targets = Collections2.list(targets);
        }
    }

    public record Timeframe(LocalDate start, LocalDate end) implements Checked {
        @Override public void check(BiConsumer<String, String> problem) {
            if (start != null && end != null && end.isBefore(start)) problem.accept(".end", "must not be before its start");
        }
    }

    public record FollowUp(LocalDate submittedOn, Map<FollowUpSectionKey, String> sections) {
        public FollowUp { sections = Collections2.map(sections); }

        public boolean hasSection(FollowUpSectionKey key) {
            String text = sections.get(key);
            return text != null && !text.isBlank();
        }
    }

    public enum OrganisationType {
        /** kommunstyrelsen */ MUNICIPAL_EXECUTIVE_BOARD,
        /** nämnd */ COMMITTEE,
        /** styrelse */ BOARD,
        /** förvaltning */ ADMINISTRATION,
        /** kommunalt bolag */ COMPANY
    }

    public enum Target { CHILDREN, ADULTS }

    public enum FollowUpInterval { MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL, PER_MANDATE_PERIOD }

    public enum FollowUpSectionKey { MEASURABLE_GOALS, WORK_DONE, RESULTS, INTEGRATION_PERSPECTIVE }
}
