package se.integration.policy.core.replay;

import se.integration.policy.core.internal.replay.RecordTrees;

/**
 * A recorded decision (contract §3, "Recorded decisions"): a case, the version it was judged under
 * ({@code null}: the one in force) and the expected result, any subset of the result's fields.
 * Additions to the contract's format: {@code name} and {@code note} (a sentence naming the scenario
 * and why it matters), and {@code exactObligations}: when true, the result must have one obligation
 * for each entry of {@code expected.obligations} and no other (as findings are compared), so a record
 * can say that a duty is absent, or is there once.
 *
 * <p>The case and the expectation are JSON texts: {@link Replay#parse(String)} gives them compact (no
 * white space between tokens), with every field and value as the record has it, in its order.
 *
 * @param name             a sentence naming the scenario, or {@code null}
 * @param note             why it matters, or {@code null}
 * @param caseJson         the case, as JSON text (contract §1)
 * @param policy           the version id, or {@code null}: the one in force
 * @param expected         the expected result as JSON text: any subset of the result's fields; or {@code null}
 *                         (a record about to be recorded again, {@link Replay#parseToRecordAgain(String)})
 * @param exactObligations whether the obligations must be exactly those expected
 */
public record RecordedDecision(String name, String note, String caseJson, String policy, String expected,
                               boolean exactObligations) {

    /** {@return the case's {@code caseId}, or {@code null} where it has none (or the case is not a JSON object)} */
    public String caseId() { return caseJson == null ? null : RecordTrees.caseId(caseJson); }

    /**
     * {@return this record judged under another version (as {@code policy replay --policy} does)}
     *
     * @param policy the version id, or {@code null}: the one in force
     */
    public RecordedDecision withPolicy(String policy) {
        return new RecordedDecision(name, note, caseJson, policy, expected, exactObligations);
    }
}
