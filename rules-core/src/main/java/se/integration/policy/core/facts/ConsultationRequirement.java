package se.integration.policy.core.facts;

/**
 * A party consulted before the decision, always or under a condition: {@code ALWAYS},
 * {@code ABOVE_AMOUNT} (the application exceeds {@code aboveAmount}), {@code PRIORITY_AREA_PROJECT}
 * (the project works in a priority area, where the area groups are).
 */
public record ConsultationRequirement(String party, When condition, Long aboveAmount, String cite) implements ParameterFact {
    public enum When { ALWAYS, ABOVE_AMOUNT, PRIORITY_AREA_PROJECT }

    public boolean appliesTo(long amount) { return condition != When.ABOVE_AMOUNT || amount > aboveAmount; }

    @Override public String identity() { return party; }
}
