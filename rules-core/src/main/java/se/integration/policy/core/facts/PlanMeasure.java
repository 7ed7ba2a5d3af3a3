package se.integration.policy.core.facts;

import se.integration.policy.core.model.ActionPlan.Measure;

/**
 * A measure of an action plan with its position, so findings can name {@code measures[i].field}.
 *
 * @param index   the measure's position in {@code measures}, from 0
 * @param measure the measure
 */
public record PlanMeasure(int index, Measure measure) {
    /**
     * {@return the JSON path of a field of this measure, as findings name it: {@code measures[1].responsible}}
     *
     * @param name the field name
     */
    public String field(String name) { return "measures[" + index + "]." + name; }
}
