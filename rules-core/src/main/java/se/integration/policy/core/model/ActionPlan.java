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

    /** Key figures that say something (blank entries do not count). */
    public boolean hasKeyFigures() { return keyFigures.stream().anyMatch(k -> k != null && !k.isBlank()); }

    /** {@code whollyOwned} says whether a company is wholly owned by the municipality; it is for companies only. */
    public record Organisation(@Required OrganisationType type, String name, @OnlyWhen(field = "type", is = "COMPANY") Boolean whollyOwned) {}

    public record Measure(String title, @Key List<String> focusAreas, List<Target> targets, Timeframe timeframe,
                          String responsible, String effectMeasurement, FollowUpInterval followUpInterval,
                          String measurableGoal) {
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
