package se.integration.policy.core.replay;

import java.util.Map;

/**
 * One difference between a recorded decision and today's judgement.
 *
 * @param kind     what kind of difference it is (it decides how {@link #describe()} words it)
 * @param field    where it is, as a path into the result: {@code decision.authority}, {@code findings},
 *                 {@code obligations} (a whole obligation), {@code obligations[2].status} (one field of the
 *                 obligation the record lists third)
 * @param item     the finding ({@code MISSING_SECTION TRUST}) or the obligation ({@code COST_ACCOUNT due 2015-03-28})
 *                 it is about; {@code null} for a plain field
 * @param recorded what was recorded (JSON text for plain fields; {@code absent} where nothing was)
 * @param now      what the rules say now (JSON text for plain fields; {@code absent} where there is nothing)
 */
public record Disagreement(Kind kind, String field, String item, String recorded, String now) {
    /** The text shown where there is no value. */
    public static final String ABSENT = "absent";

    /** The kinds of difference. */
    public enum Kind {
        /** A field of the result has another value now. */
        CHANGED,
        /** A recorded finding is not raised now. */
        FINDING_NO_LONGER_RAISED,
        /** A finding is raised now that was not recorded. */
        FINDING_NOT_RECORDED,
        /** A recorded obligation is there now with another value in one of the fields the record states. */
        OBLIGATION_CHANGED,
        /** A recorded obligation has no counterpart now (no obligation with its code, or none left to match it). */
        OBLIGATION_MISSING,
        /** An obligation is there now that the record does not list (with {@code exactObligations}). */
        OBLIGATION_NOT_RECORDED,
        /** The record lists an obligation more times than there are such obligations now (with {@code exactObligations}). */
        OBLIGATION_FEWER
    }

    /**
     * {@return a plain field with another value now}
     *
     * @param field the path of the field in the result
     * @param recorded the recorded value, as JSON text
     * @param now the value now, as JSON text
     */
    public static Disagreement changed(String field, String recorded, String now) {
        return new Disagreement(Kind.CHANGED, field, null, recorded, now);
    }

    /**
     * The disagreement in words, Swedish first with English beside it, on one line, for example
     * {@code beslutar / decision.authority: registrerat / recorded "UTREDNINGSCHEF", nu / now "ANALYS_OCH_HALLBARHETSCHEF"}
     * or {@code fynd / finding MISSING_SECTION TRUST: uppkommer nu men är inte registrerat / is raised now but was not recorded}.
     *
     * @return the description, on one line
     */
    public String describe() {
        return switch (kind) {
            case CHANGED -> fieldLabel(field) + ": " + values(value(recorded), value(now));
            case FINDING_NO_LONGER_RAISED -> "fynd / finding " + item + ": registrerat men uppkommer inte längre / was recorded but is no longer raised";
            case FINDING_NOT_RECORDED -> "fynd / finding " + item + ": uppkommer nu men är inte registrerat / is raised now but was not recorded";
            case OBLIGATION_CHANGED -> "skyldighet / obligation " + item + ": " + obligationField(field) + " " + values(value(recorded), value(now));
            case OBLIGATION_MISSING -> "skyldighet / obligation " + item + ": registrerad men saknas nu / was recorded but is not there now";
            case OBLIGATION_NOT_RECORDED -> "skyldighet / obligation " + item + ": finns nu men är inte registrerad / is there now but was not recorded";
            case OBLIGATION_FEWER -> "skyldighet / obligation " + item
                    + ": registrerad fler gånger än den finns nu / is recorded more times than it is there now";
        };
    }

    @Override public String toString() { return describe(); }

    private static String values(String recorded, String now) {
        return "registrerat / recorded " + recorded + ", nu / now " + now;
    }

    private static String value(String v) { return ABSENT.equals(v) ? "saknas / absent" : v; }

    /** Swedish names of the result's fields, shown before the field's path. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("policy", "version"), Map.entry("policy.id", "version"), Map.entry("policy.municipality", "kommun"),
            Map.entry("policy.title", "titel"), Map.entry("policy.validFrom", "gäller från"), Map.entry("policy.validTo", "gäller till"),
            Map.entry("policy.source", "källa"), Map.entry("policy.sourceTitle", "källans titel"),
            Map.entry("caseId", "ärende"), Map.entry("asOf", "bedömningsdag"),
            Map.entry("eligible", "stödberättigad"), Map.entry("complete", "komplett"),
            Map.entry("findings", "fynd"), Map.entry("obligations", "skyldigheter"),
            Map.entry("decision", "beslut"), Map.entry("decision.authority", "beslutar"), Map.entry("decision.consultations", "samråd"),
            Map.entry("decision.preparedBy", "bereds av"), Map.entry("decision.meetingWithApplicant", "möte med sökande"),
            Map.entry("decision.basis", "grund för beslutet"),
            Map.entry("priority", "prioritet"), Map.entry("priority.areas", "prioriterade områden"),
            Map.entry("priority.factors", "prioritetsgrunder"), Map.entry("priority.basis", "grund för prioriteten"),
            Map.entry("repayment", "återbetalning"), Map.entry("repayment.mayBeRequired", "återbetalning kan krävas"),
            Map.entry("repayment.grounds", "grunder för återbetalning"), Map.entry("repayment.amount", "belopp att återbetala"),
            Map.entry("repayment.basis", "grund för återbetalningen"));

    /** Swedish names of an obligation's fields, with the field beside it. */
    private static final Map<String, String> OBLIGATION_FIELDS = Map.of("code", "kod", "subject", "avser", "due", "förfaller",
            "status", "status", "period", "period", "rule", "regel", "message", "meddelande", "source", "källa");

    /** A field's label: its Swedish name and its path ({@code beslutar / decision.authority}); the path alone where there is no name. */
    static String fieldLabel(String path) {
        String sv = LABELS.get(path);
        return sv == null ? path : sv + " / " + path;
    }

    /** An obligation's field ({@code obligations[2].due}) as {@code förfaller / due}. */
    static String obligationField(String path) {
        String name = path.substring(path.lastIndexOf('.') + 1);
        String sv = OBLIGATION_FIELDS.get(name);
        return sv == null || sv.equals(name) ? name : sv + " / " + name;
    }
}
