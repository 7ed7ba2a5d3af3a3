package se.integration.policy.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import se.integration.policy.core.internal.engine.EngineAccess;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.internal.read.TreeValidator;
import se.integration.policy.core.internal.replay.ExpectationTrees;
import se.integration.policy.core.internal.replay.RecordTrees;
import se.integration.policy.core.result.Result;

/**
 * Reads recorded decisions and re-judges them: the machinery behind {@code policy replay}, the
 * JUnit test kit and the packages' own case tests.
 */
public final class Replay {
    /** A recorded decision's fields, in the order an unknown field's message lists them. */
    private static final List<String> FIELDS = List.of("case", "policy", "expected", "name", "note", "exactObligations");

    /**
     * The re-judgement of one record: the result and every disagreement (none: the record agrees).
     *
     * @param record        the record
     * @param result        the result now
     * @param disagreements every disagreement with the record; empty when it agrees
     */
    public record Verdict(RecordedDecision record, Result result, List<Disagreement> disagreements) {
        /** {@return whether the result agrees with the record} */
        public boolean agrees() { return disagreements.isEmpty(); }
    }

    /** What a JSON document is, told from its top-level fields. */
    public enum Document {
        /** A case of contract §1: it has a {@code kind} and no {@code case}. */
        CASE,
        /** A recorded decision: it has a {@code case}. */
        RECORDED_DECISION,
        /** A result of contract §2 ({@code policy evaluate --format json}): {@code eligible} and {@code findings}, no {@code kind} or {@code case}. */
        RESULT,
        /** None of these (for example an object with neither {@code kind} nor {@code case}). */
        OTHER
    }

    private Replay() {}

    /**
     * {@return what a JSON document is, told from its top-level fields}
     *
     * @param json the JSON text
     * @throws se.integration.policy.core.read.InvalidCaseException if the text is not JSON (malformed, or beyond
     *         the case reader's limits), described without the JSON parser's internals
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public static Document classify(String json) { return RecordTrees.classify(RecordTrees.tree(java.util.Objects.requireNonNull(json, "json"))); }

    /**
     * Parses one recorded decision (one line of a .jsonl, or a case file). The expectation is checked against
     * the result model (every field it states must be a field of the result, with a value of its type), so a
     * misspelt field is invalid input rather than a disagreement. Throws {@link InvalidCaseException} naming
     * each problem's JSON path.
     *
     * @param json the JSON text
     * @return the recorded decision
     * @throws se.integration.policy.core.read.InvalidCaseException naming each problem's JSON path (malformed JSON included)
     */
    public static RecordedDecision parse(String json) { return parse(RecordTrees.tree(json), true); }

    /**
     * Parses a recorded decision that is about to be recorded again ({@code policy record} given recorded
     * decisions): as {@link #parse(String)}, but {@code expected} is neither required nor checked, since it is
     * replaced (an expectation written for an older result model can be re-pinned).
     *
     * @param json the JSON text
     * @return the recorded decision
     * @throws se.integration.policy.core.read.InvalidCaseException naming each problem's JSON path
     */
    public static RecordedDecision parseToRecordAgain(String json) { return parse(RecordTrees.tree(json), false); }

    private static RecordedDecision parse(JsonNode node, boolean checkExpected) {
        if (!node.isObject()) {
            throw new InvalidCaseException("$", "a recorded decision must be a JSON object {\"case\": …, \"expected\": …}, not "
                    + (node.isArray() ? "an array" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        switch (RecordTrees.classify(node)) {
            case CASE -> throw new InvalidCaseException("$", "this is a case, not a recorded decision {\"case\": …, \"expected\": …}"
                    + " (`policy record` writes one from it)");
            case RESULT -> throw new InvalidCaseException("$", "this is a result, not a recorded decision {\"case\": …, \"expected\": …}");
            default -> { }
        }
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) problems.add(new Problem("$." + f, TreeValidator.unknownField(String.join(", ", FIELDS))));
        }
        JsonNode c = node.get("case"), expected = node.get("expected"), policy = node.get("policy");
        if (c == null || !c.isObject()) problems.add(new Problem("$.case", "is required and must be an object"));
        if (checkExpected) {
            problems.addAll(ExpectationTrees.check(expected));
        } else if (expected != null && !expected.isObject()) {
            problems.add(new Problem("$.expected", "must be an object"));
        }
        if (policy != null && !policy.isNull() && !policy.isTextual()) problems.add(new Problem("$.policy", "must be a string"));
        for (String text : List.of("name", "note")) {
            if (node.has(text) && !node.get(text).isTextual()) problems.add(new Problem("$." + text, "must be a string"));
        }
        JsonNode exact = node.get("exactObligations");
        if (exact != null && !exact.isBoolean()) problems.add(new Problem("$.exactObligations", "must be true or false"));
        if (checkExpected && exact != null && exact.asBoolean() && (expected == null || !expected.path("obligations").isArray())) {
            problems.add(new Problem("$.exactObligations", "needs expected.obligations"));
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
        return new RecordedDecision(node.path("name").asText(null), node.path("note").asText(null), RecordTrees.text(c),
                policy == null || policy.isNull() ? null : policy.asText(), RecordTrees.text(expected), node.path("exactObligations").asBoolean(false));
    }

    /**
     * Re-judges a record. Invalid case input (also a case the record's version cannot judge) throws
     * {@link InvalidCaseException} with paths under {@code $.case}; a version that cannot be chosen throws
     * {@link PolicySelectionException}.
     *
     * @param engine the engine to judge with
     * @param record the record
     * @return the verdict
     * @throws se.integration.policy.core.PolicyPackageException if the version's package is broken or its rules fail
     * @throws InvalidCaseException if the record has no {@code expected} object
     * @throws NullPointerException if {@code engine} or {@code record} is {@code null}
     */
    public static Verdict check(PolicyEngine engine, RecordedDecision record) {
        Result result = judge(engine, record.caseJson(), record.policy());
        JsonNode expected = record.expected() == null ? null : RecordTrees.tree(record.expected());
        if (expected == null || !expected.isObject()) throw new InvalidCaseException("$.expected", "is required and must be an object");
        JsonNode resultJson = EngineAccess.resultMapper(engine).valueToTree(result);
        return new Verdict(record, result, ExpectationTrees.compare(expected, resultJson, record.exactObligations()));
    }

    /**
     * Judges the case of a record under the version it names ({@code null}: the one in force on the case's date).
     * Problems are named under {@code $.case}; where no version is in force, the message says to name one in the record.
     *
     * @param engine the engine to judge with
     * @param caseJson the record's case, as JSON text
     * @param policy the version id, or {@code null}
     * @return the result
     * @throws se.integration.policy.core.read.InvalidCaseException for invalid case input, with paths under {@code $.case}
     * @throws se.integration.policy.core.PolicySelectionException if no version can be chosen
     * @throws se.integration.policy.core.PolicyPackageException if the version's package is broken or its rules fail
     */
    public static Result judge(PolicyEngine engine, String caseJson, String policy) { return judge(engine, caseJson, policy, null); }

    /**
     * As {@link #judge(PolicyEngine, String, String)}, judged on {@code asOf} in place of the case's own where it is not
     * null ({@code policy record --as-of}); the day then also chooses the version where the case has no {@code receivedOn}.
     *
     * @param engine the engine to judge with
     * @param caseJson the record's case, as JSON text
     * @param policy the version id, or {@code null}
     * @param asOf the day to judge on, or {@code null}
     * @return the result
     * @throws se.integration.policy.core.read.InvalidCaseException for invalid case input, or an {@code asOf} before the case's {@code receivedOn}
     * @throws se.integration.policy.core.PolicySelectionException if no version can be chosen
     * @throws se.integration.policy.core.PolicyPackageException if the version's package is broken or its rules fail
     */
    public static Result judge(PolicyEngine engine, String caseJson, String policy, LocalDate asOf) {
        try {
            PolicyCase policyCase = engine.read(caseJson);
            if (asOf != null && "$.receivedOn".equals(policyCase.referenceDatePath()) && policyCase.referenceDate() != null
                    && policyCase.referenceDate().isAfter(asOf)) {
                // judged before it came in, a later report would count as met: refused (the command line says the same)
                throw new InvalidCaseException("$.receivedOn", "--as-of " + asOf + " är före ärendets receivedOn " + policyCase.referenceDate()
                        + ": ett ärende bedöms inte innan det kom in / --as-of is before the case's receivedOn: a case is not judged before it was received");
            }
            if (asOf != null) policyCase = policyCase.withAsOf(asOf);
            return policy == null ? engine.evaluate(policyCase) : engine.evaluate(policyCase, policy);
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(e.problems().stream()
                    .map(p -> new Problem("$.case" + p.path().substring(1), p.message())).toList());
        } catch (PolicySelectionException e) {
            if (policy != null) throw e;
            throw e.at(e.path() == null ? null : "$.case" + e.path().substring(1))
                    .withAdvice("lägg till \"policy\" i posten för att bedöma ändå / add \"policy\": \"<id>\" to the record to judge it under one anyway");
        }
    }
}
