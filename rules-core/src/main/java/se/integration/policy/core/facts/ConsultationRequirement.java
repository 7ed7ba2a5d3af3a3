package se.integration.policy.core.facts;

/**
 * A party consulted before the decision, always or under a condition: {@code ALWAYS},
 * {@code ABOVE_AMOUNT} (the application exceeds {@code aboveAmount}), {@code PRIORITY_AREA_PROJECT}
 * (the project works in a priority area, where the area groups are).
 *
 * @param party       who is consulted (contract vocabulary: consultations)
 * @param condition   when the party is consulted
 * @param aboveAmount the amount, in kronor, for {@code ABOVE_AMOUNT}; else {@code null}
 * @param cite        the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record ConsultationRequirement(String party, When condition, Long aboveAmount, String cite) implements ParameterFact {
    /** When a party is consulted. */
    public enum When {
        /** Always. */
        ALWAYS,
        /** When the amount applied for exceeds {@code aboveAmount}. */
        ABOVE_AMOUNT,
        /** When the project works in a priority area. */
        PRIORITY_AREA_PROJECT
    }

    /**
     * {@return whether the party is consulted for an amount (the other conditions aside)}
     *
     * @param amount the amount applied for, in kronor
     */
    public boolean appliesTo(long amount) { return condition != When.ABOVE_AMOUNT || amount > aboveAmount; }

    @Override public String identity() { return party; }
}
