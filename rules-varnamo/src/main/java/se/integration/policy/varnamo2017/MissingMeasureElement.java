package se.integration.policy.varnamo2017;

import se.integration.policy.core.facts.PlanMeasure;

/**
 * Classification: a measure does not state an element it must ({@code field}); {@code missing} is
 * what of it is missing, as a message label key ({@code measure.timeframe.end}, ...).
 */
public record MissingMeasureElement(PlanMeasure measure, String field, String missing) {
    /** The finding's subject: {@code measures[i].field}. */
    public String subject() { return measure.field(field); }

    /** The measure's place in the plan, counted from 1, for the message. */
    public int position() { return measure.index() + 1; }

    /** The measure's title in quotes after its place, for the message ({@code  (”Språkombud”)}), or nothing where it has none. */
    public String titled() {
        String title = measure.measure().title();
        return title != null && !title.isBlank() ? " (”" + title.strip() + "”)" : "";
    }
}
