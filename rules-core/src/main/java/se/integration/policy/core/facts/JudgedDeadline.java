package se.integration.policy.core.facts;

/**
 * An action plan's duty whose deadline is judged: an obligation {@code code} of the plan that is
 * {@code OVERDUE} or {@code LATE} (by its due day, or by the end of its period where the text gives a
 * period and no day) gets the WARNING {@code OBLIGATION_OVERDUE} or {@code OBLIGATION_LATE}
 * (subject the code, with its due date), citing {@code cite}. {@code dueAssumption}: the id of the
 * package's assumption (policy.json {@code assumptions}) that the due date rests on, or {@code null}
 * where the document itself sets the date; the warning carries which ({@link #dueBasis()}) as its
 * second value, for a package whose message says so.
 *
 * @param code          the obligation code of the plan
 * @param dueAssumption the id of the assumption the due date rests on, or {@code null}
 * @param cite          the id of the citation (in the parameters file's {@code sources}) this value comes from
 */
public record JudgedDeadline(String code, String dueAssumption, String cite) implements ParameterFact {

    /**
     * Checks the code and the assumption id.
     *
     * @param code the obligation code of the plan
     * @param dueAssumption the id of the assumption the due date rests on, or {@code null}
     * @param cite the id of the citation (in the parameters file's {@code sources}) this value comes from
     * @throws IllegalArgumentException if {@code code} is missing or blank, or {@code dueAssumption} is blank
     */
    public JudgedDeadline {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("a judged deadline needs a code");
        if (dueAssumption != null && dueAssumption.isBlank()) throw new IllegalArgumentException(code + ": dueAssumption must be an assumption id or null");
    }

    /** {@return what the due date rests on, as a label key: {@code due.assumed} (a package's assumption) or {@code due.policy} (the document's own date)} */
    public String dueBasis() { return dueAssumption == null ? "due.policy" : "due.assumed"; }

    /**
     * {@return the day an obligation is judged by: its due day, else the last day of its period}
     *
     * @param o the obligation
     */
    public static java.time.LocalDate day(DueObligation o) { return o.due() != null ? o.due() : o.periodTo(); }

    /**
     * {@return what the day an obligation is judged by rests on: {@link #dueBasis()} for a due day, {@code due.period} for a period's end}
     *
     * @param o the obligation
     */
    public String basisOf(DueObligation o) { return o.due() != null ? dueBasis() : "due.period"; }

    @Override public String identity() { return code; }
}
