package se.integration.policy.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A claim on funds allocated to a committee's initiative (contract §1.3: Lidköping).
 *
 * @param kind         which fact model (contract §1); set by the builder
 * @param caseId       the case id, echoed in the result, or {@code null}
 * @param municipality the municipality, which picks the version in force when none is named
 * @param asOf         the day the case is judged on, or {@code null} for today
 * @param meta         free-form data, ignored, or {@code null}: plain JSON values (see {@link PolicyCase#meta()})
 * @param recipient    the committee the funds are allocated to (a key)
 * @param initiative   the initiative
 * @param year         the year of the claim
 * @param claimed      the amount claimed, in kronor, or {@code null}
 * @param status       the initiative's status, or {@code null}
 * @param reportBacks  the report-backs made; {@code null} means none
 */
public record Allocation(
        @Required CaseKind kind,
        String caseId,
        @Required Municipality municipality,
        LocalDate asOf,
        Map<String, Object> meta,
        @Required @Key String recipient,
        @Required String initiative,
        @Required @Range(min = Limits.MIN_YEAR, max = Limits.MAX_YEAR) Integer year,
        @Range Long claimed,
        Status status,
        List<ReportBack> reportBacks) implements PolicyCase {
    /**
     * A builder of {@code Allocation}: every field optional until {@link Builder#build()}; what is required is
     * checked when the case is judged ({@link se.integration.policy.core.PolicyEngine#evaluate(PolicyCase)}), as for a
     * case read from JSON.
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(); }

    /** Builds a {@code Allocation} field by field. */
    public static final class Builder extends CaseBuilder<Builder> {
        private String recipient;
        private String initiative;
        private Integer year;
        private Long claimed;
        private Status status;
        private List<ReportBack> reportBacks;

        private Builder() {}

        @Override Builder self() { return this; }

        /**
         * Sets {@code recipient}.
         *
         * @param recipient the value, or {@code null} for none
         * @return this builder
         */
        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        /**
         * Sets {@code initiative}.
         *
         * @param initiative the value, or {@code null} for none
         * @return this builder
         */
        public Builder initiative(String initiative) {
            this.initiative = initiative;
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
         * Sets {@code claimed}.
         *
         * @param claimed the value, or {@code null} for none
         * @return this builder
         */
        public Builder claimed(Long claimed) {
            this.claimed = claimed;
            return this;
        }

        /**
         * Sets {@code status}.
         *
         * @param status the value, or {@code null} for none
         * @return this builder
         */
        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code reportBacks}.
         *
         * @param reportBacks the value, or {@code null} for none
         * @return this builder
         */
        public Builder reportBacks(List<ReportBack> reportBacks) {
            this.reportBacks = reportBacks;
            return this;
        }

        /**
         * The {@code Allocation}.
         *
         * @return a new record with the values set
         */
        public Allocation build() { return new Allocation(CaseKind.ALLOCATION, caseId, municipality, asOf, JsonValues.meta(meta), recipient, initiative, year, claimed, status, reportBacks); }
    }


    /**
     * Copies the list ({@code null} becomes empty) and {@code meta} (an unmodifiable copy).
     *
     * @param kind which fact model (contract §1); set by the builder
     * @param caseId the case id, echoed in the result, or {@code null}
     * @param municipality the municipality, which picks the version in force when none is named
     * @param asOf the day the case is judged on, or {@code null} for today
     * @param meta free-form data, ignored, or {@code null}: plain JSON values, kept as an unmodifiable copy
     * @param recipient the committee the funds are allocated to (a key)
     * @param initiative the initiative
     * @param year the year of the claim
     * @param claimed the amount claimed, in kronor, or {@code null}
     * @param status the initiative's status, or {@code null}
     * @param reportBacks the report-backs made; {@code null} means none
     */
    public Allocation {
        meta = JsonValues.meta(meta);
        reportBacks = Collections2.list(reportBacks);
    }

    @Override public Allocation withAsOf(LocalDate newAsOf) {
        return new Allocation(kind, caseId, municipality, newAsOf, meta, recipient, initiative, year, claimed, status,
                reportBacks);
    }

    /**
     * @param date the day of the report-back
     */
    public record ReportBack(@Required LocalDate date) {}

    /** The initiative's status ({@code status}). */
    public enum Status {
        /** Not started. */
        NOT_STARTED,
        /** Started. */
        STARTED,
        /** Completed. */
        COMPLETED
    }
}
