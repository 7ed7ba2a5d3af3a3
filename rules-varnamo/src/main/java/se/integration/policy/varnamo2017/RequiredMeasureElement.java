package se.integration.policy.varnamo2017;

import java.util.List;
import java.util.Objects;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.ActionPlan.Measure;
import se.integration.policy.core.model.ActionPlan.Timeframe;

/**
 * An element every measure of an action plan states: {@code field} is the name of the measure's
 * field in the case ({@code title}, {@code timeframe}, {@code responsible}, {@code effectMeasurement},
 * {@code followUpInterval}); a name outside these makes the parameters file invalid.
 */
public record RequiredMeasureElement(String field, String cite) implements ParameterFact {
    /** The fields of a measure (contract §1.2) that can be required. */
    public static final List<String> FIELDS = List.of("title", "timeframe", "responsible", "effectMeasurement", "followUpInterval");

    public RequiredMeasureElement {
        Objects.requireNonNull(field, "field");
        if (!FIELDS.contains(field)) throw new IllegalArgumentException("field '" + field + "' is not one of " + FIELDS);
    }

    /**
     * What of this element the measure lacks, as a message label key ({@code measure.<field>}, or
     * {@code measure.timeframe.start} / {@code .end} for a time frame open at one side), or
     * {@code null} when the measure states it. Blank text counts as missing; a time frame needs
     * both its start and its end.
     */
    public String missingIn(Measure measure) {
        String missing = "measure." + field;
        return switch (field) {
            case "title" -> blank(measure.title()) ? missing : null;
            case "timeframe" -> timeframe(measure.timeframe(), missing);
            case "responsible" -> blank(measure.responsible()) ? missing : null;
            case "effectMeasurement" -> blank(measure.effectMeasurement()) ? missing : null;
            case "followUpInterval" -> measure.followUpInterval() == null ? missing : null;
            default -> throw new IllegalStateException(field);
        };
    }

    private static String timeframe(Timeframe t, String missing) {
        if (t == null || (t.start() == null && t.end() == null)) return missing;
        if (t.start() == null) return missing + ".start";
        if (t.end() == null) return missing + ".end";
        return null;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    @Override public String identity() { return field; }
}
