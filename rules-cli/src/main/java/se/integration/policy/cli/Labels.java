package se.integration.policy.cli;

import java.util.Map;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.Row;

/** Swedish labels with English beside them, for the fields and topics the reports show. */
final class Labels {
    /** A label in Swedish and English. */
    record Label(String sv, String en) {
        String text() { return sv + " / " + en; }
    }

    private static final Map<String, Label> FIELDS = Map.ofEntries(
            Map.entry(Row.ELIGIBLE, new Label("stödberättigad", "eligible")),
            Map.entry(Row.COMPLETE, new Label("komplett", "complete")),
            Map.entry(Row.AUTHORITY, new Label("beslutar", "decides")),
            Map.entry(Row.CONSULTATIONS, new Label("samråd", "consulted")),
            Map.entry(Row.PREPARED_BY, new Label("bereds av", "prepared by")),
            Map.entry(Row.MEETING, new Label("möte med sökande", "meets the applicant")),
            Map.entry(Row.PRIORITY, new Label("prioritet", "priority")),
            Map.entry(Row.REPAYMENT, new Label("återbetalning", "repayment")),
            Map.entry(Row.FINDINGS, new Label("fynd", "finding")),
            Map.entry(Row.OBLIGATIONS, new Label("skyldighet", "obligation")));

    private static final Map<PolicyDiff.Topic, Label> TOPICS = Map.ofEntries(
            Map.entry(PolicyDiff.Topic.ELIGIBILITY, new Label("Vem som kan beviljas", "Who can be granted")),
            Map.entry(PolicyDiff.Topic.HEADINGS, new Label("Rubriker i ansökan", "Headings of the application")),
            Map.entry(PolicyDiff.Topic.ATTACHMENTS_AND_SIGNATURE, new Label("Bilagor och underskrift", "Attachments and signature")),
            Map.entry(PolicyDiff.Topic.PRIORITY, new Label("Prioritet", "Priority")),
            Map.entry(PolicyDiff.Topic.DECISION, new Label("Beslut och beloppsgränser", "Who decides, and thresholds")),
            Map.entry(PolicyDiff.Topic.CONSULTATIONS, new Label("Samråd", "Consultations")),
            Map.entry(PolicyDiff.Topic.PREPARATION, new Label("Beredning", "Preparation")),
            Map.entry(PolicyDiff.Topic.DUTIES_AND_DEADLINES, new Label("Skyldigheter och tidsfrister", "Duties and deadlines")),
            Map.entry(PolicyDiff.Topic.REPAYMENT, new Label("Återbetalning", "Repayment")),
            Map.entry(PolicyDiff.Topic.FOCUS_AREAS, new Label("Fokusområden", "Focus areas")),
            Map.entry(PolicyDiff.Topic.REVISION, new Label("Revision", "Revision")),
            Map.entry(PolicyDiff.Topic.OTHER, new Label("Övrigt", "Other")));

    static final Label ABSENT = new Label("–", "–");

    private Labels() {}

    static Label field(String field) { return FIELDS.getOrDefault(field, new Label(field, field)); }

    static Label topic(PolicyDiff.Topic topic) { return TOPICS.get(topic); }

    /** A row's label: the field, and for keyed rows its key. */
    static String row(Row r) { return field(r.field()).text() + (r.keyed() ? ": " + r.key() : ""); }

    /** A value as shown: booleans in both languages, absent as a dash. */
    static String value(String v) {
        if (v == null) return "–";
        if (v.startsWith("true: ")) return "ja / yes: " + v.substring(6);
        return switch (v) {
            case "true" -> "ja / yes";
            case "false" -> "nej / no";
            default -> v;
        };
    }

    static String kind(PolicyDiff.Kind k) {
        return switch (k) {
            case ADDED -> "ny / added";
            case REMOVED -> "borttagen / removed";
            case CHANGED -> "ändrad / changed";
        };
    }

    /** What a change of a field means, where a plain "before → after" says too little. */
    static String meaning(String field, String before, String after) {
        if (field.equals("required")) {
            if ("false".equals(before) && "true".equals(after)) return "blir obligatorisk / becomes required";
            if ("true".equals(before) && "false".equals(after)) return "blir frivillig / becomes optional";
        }
        if (field.equals("advisory")) {
            if ("false".equals(before) && "true".equals(after)) return "blir en rekommendation / becomes advisory";
            if ("true".equals(before) && "false".equals(after)) return "blir ett krav / becomes a duty";
        }
        return null;
    }
}
