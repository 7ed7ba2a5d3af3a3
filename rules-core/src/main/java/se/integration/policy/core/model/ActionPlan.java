package se.integration.policy.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A committee's or company's integration action plan (contract §1.2: Mellerud, Värnamo).
 *
 * @param kind          which fact model (contract §1); set by the builder
 * @param caseId        the case id, echoed in the result, or {@code null}
 * @param municipality  the municipality, which picks the version in force when none is named
 * @param asOf          the day the case is judged on, or {@code null} for today
 * @param meta          free-form data, ignored, or {@code null}: plain JSON values (see {@link PolicyCase#meta()})
 * @param organisation  the committee or company whose plan it is
 * @param year          the year the plan is for, or {@code null}
 * @param adoptedOn     the day the plan was adopted, or {@code null}
 * @param contactPerson the contact person, or {@code null}
 * @param measures      the measures; {@code null} means none
 * @param keyFigures    the key figures; {@code null} means none
 * @param followUp      the follow-up, or {@code null}
 */
public record ActionPlan(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        Map<String, Object> meta,
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
    public static final class Builder extends CaseBuilder<Builder> {
        private Organisation organisation;
        private Integer year;
        private LocalDate adoptedOn;
        private String contactPerson;
        private List<Measure> measures;
        private List<String> keyFigures;
        private FollowUp followUp;

        private Builder() {}

        @Override Builder self() { return this; }

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
        public ActionPlan build() { return new ActionPlan(CaseKind.ACTION_PLAN, caseId, municipality, asOf, JsonValues.meta(meta), organisation, year, adoptedOn, contactPerson, measures, keyFigures, followUp); }
    }


    /**
     * Copies the lists; {@code null} lists become empty.
     *
     * @param kind which fact model (contract §1); set by the builder
     * @param caseId the case id, echoed in the result, or {@code null}
     * @param municipality the municipality, which picks the version in force when none is named
     * @param asOf the day the case is judged on, or {@code null} for today
     * @param meta free-form data, ignored, or {@code null}: plain JSON values, kept as an unmodifiable copy
     * @param organisation the committee or company whose plan it is
     * @param year the year the plan is for, or {@code null}
     * @param adoptedOn the day the plan was adopted, or {@code null}
     * @param contactPerson the contact person, or {@code null}
     * @param measures the measures; {@code null} means none
     * @param keyFigures the key figures; {@code null} means none
     * @param followUp the follow-up, or {@code null}
     */
    public ActionPlan {
        meta = JsonValues.meta(meta);
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

    /** {@return whether a contact person is named (present and not blank)} */
    public boolean hasContactPerson() { return contactPerson != null && !contactPerson.isBlank(); }

    /** {@return key figures that say something (blank entries do not count)} */
    public boolean hasKeyFigures() { return keyFigures.stream().anyMatch(k -> k != null && !k.isBlank()); }

    /**
     * {@code whollyOwned} says whether a company is wholly owned by the municipality; it is for companies only.
     *
     * @param type        the organisation's type
     * @param name        its name, or {@code null}
     * @param whollyOwned for a company, whether the municipality owns it wholly; else {@code null}
     */
    public record Organisation(@Required OrganisationType type, String name, @OnlyWhen(field = "type", is = "COMPANY") Boolean whollyOwned) {}

    /**
     * @param title             the measure's title, or {@code null}
     * @param focusAreas        the focus-area keys it addresses; {@code null} means none
     * @param targets           whom it is for; {@code null} means none
     * @param timeframe         when it runs, or {@code null}
     * @param responsible       who is responsible, or {@code null}
     * @param effectMeasurement how its effect is measured, or {@code null}
     * @param followUpInterval  how often it is followed up, or {@code null}
     * @param measurableGoal    its measurable goal, or {@code null}
     */
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

        /**
         * Copies the lists; {@code null} lists become empty.
         *
         * @param title the measure's title, or {@code null}
         * @param focusAreas the focus-area keys it addresses; {@code null} means none
         * @param targets whom it is for; {@code null} means none
         * @param timeframe when it runs, or {@code null}
         * @param responsible who is responsible, or {@code null}
         * @param effectMeasurement how its effect is measured, or {@code null}
         * @param followUpInterval how often it is followed up, or {@code null}
         * @param measurableGoal its measurable goal, or {@code null}
         */
        public Measure {
            focusAreas = Collections2.list(focusAreas);
            targets = Collections2.list(targets);
        }
    }

    /**
     * @param start the first day, or {@code null}
     * @param end   the last day, or {@code null}
     */
    public record Timeframe(LocalDate start, LocalDate end) implements Checked {
        @Override public void check(BiConsumer<String, String> problem) {
            if (start != null && end != null && end.isBefore(start)) problem.accept(".end", "must not be before its start");
        }
    }

    /**
     * @param submittedOn the day it was submitted, or {@code null}
     * @param sections    the sections filled in: key → text; {@code null} means none
     */
    public record FollowUp(LocalDate submittedOn, @Key Map<String, String> sections) {
        /**
         * Copies the map; {@code null} becomes empty.
         *
         * @param submittedOn the day it was submitted, or {@code null}
         * @param sections the sections filled in: key → text; {@code null} means none
         */
        public FollowUp { sections = Collections2.map(sections); }

        /**
         * {@return whether the follow-up fills in a section: present and not blank}
         *
         * @param key the section
         */
        public boolean hasSection(String key) {
            String text = sections.get(key);
            return text != null && !text.isBlank();
        }
    }

    /** The organisation's type ({@code organisation.type}). */
    public enum OrganisationType {
        /** kommunstyrelsen */ MUNICIPAL_EXECUTIVE_BOARD,
        /** nämnd */ COMMITTEE,
        /** styrelse */ BOARD,
        /** förvaltning */ ADMINISTRATION,
        /** kommunalt bolag */ COMPANY
    }

    /** Whom a measure is for ({@code measures[].targets}). */
    public enum Target {
        /** Children. */
        CHILDREN,
        /** Adults. */
        ADULTS
    }

    /** How often a measure is followed up ({@code measures[].followUpInterval}). */
    public enum FollowUpInterval {
        /** Each month. */
        MONTHLY,
        /** Each quarter. */
        QUARTERLY,
        /** Each half year. */
        HALF_YEARLY,
        /** Each year. */
        ANNUAL,
        /** Once per mandate period. */
        PER_MANDATE_PERIOD
    }
}
