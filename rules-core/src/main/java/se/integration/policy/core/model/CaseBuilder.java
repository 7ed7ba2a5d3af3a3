package se.integration.policy.core.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The fields every kind of case has ({@link PolicyCase}), set the same way in each case's builder
 * ({@link GrantApplication#builder()}, {@link ActionPlan#builder()}, {@link Allocation#builder()}).
 *
 * @param <B> the builder of the kind of case, returned by each setter so that calls chain
 */
public abstract sealed class CaseBuilder<B extends CaseBuilder<B>>
        permits GrantApplication.Builder, ActionPlan.Builder, Allocation.Builder {
    /** The case's id, or {@code null}. */
    String caseId;
    /** The municipality whose guidelines judge the case, or {@code null}. */
    Municipality municipality;
    /** The day the case is judged on, or {@code null} for today. */
    LocalDate asOf;
    /** Free metadata the rules never read, or {@code null}. */
    Map<String, ?> meta;

    CaseBuilder() {}

    /**
     * This builder, as its own type.
     *
     * @return this builder
     */
    abstract B self();

    /**
     * Sets {@code caseId}.
     *
     * @param caseId the value, or {@code null} for none
     * @return this builder
     */
    public B caseId(String caseId) {
        this.caseId = caseId;
        return self();
    }

    /**
     * Sets {@code municipality}.
     *
     * @param municipality the value, or {@code null} for none
     * @return this builder
     */
    public B municipality(Municipality municipality) {
        this.municipality = municipality;
        return self();
    }

    /**
     * Sets {@code asOf}.
     *
     * @param asOf the value, or {@code null} for none
     * @return this builder
     */
    public B asOf(LocalDate asOf) {
        this.asOf = asOf;
        return self();
    }

    /**
     * Sets {@code meta}: free-form JSON the rules never read, as plain Java values (see {@link PolicyCase#meta()};
     * an {@code Integer} is kept as a {@code Long}). The case holds an unmodifiable copy.
     *
     * @param meta the value, or {@code null} for none
     * @return this builder
     */
    public B meta(Map<String, ?> meta) {
        this.meta = meta;
        return self();
    }
}
