package se.integration.policy.core.facts;

/**
 * Something that gives the case priority (contract vocabulary: priority factors); {@code area} for PRIORITY_AREA.
 *
 * @param factor the priority factor
 * @param area   the area for {@code PRIORITY_AREA}, else {@code null}
 * @param cite   the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record PriorityFactor(String factor, String area, String cite) implements Outcome {}
