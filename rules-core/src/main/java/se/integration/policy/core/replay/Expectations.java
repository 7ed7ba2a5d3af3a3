package se.integration.policy.core.replay;

import java.util.List;
import java.util.Set;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.internal.replay.ExpectationTrees;
import se.integration.policy.core.read.Problem;

/**
 * Checks a recorded expectation against the result model and compares a result with it, as contract
 * §3 says: only what the expectation states is compared. Both are JSON texts: the record's
 * {@code expected} ({@link RecordedDecision#expected()}) and a result as {@link
 * se.integration.policy.core.PolicyEngine#toJson(se.integration.policy.core.result.Result)} writes it.
 * <ul>
 *   <li>objects ({@code decision}, {@code priority}, {@code repayment}, {@code policy}): field by field,
 *       for the fields stated. The lists that are sets ({@link #SETS}) are compared as sets, in any order;
 *       any other stated list is compared whole, in order;</li>
 *   <li>scalars ({@code eligible}, {@code complete}, {@code caseId}, {@code asOf}): equal (numbers by value);</li>
 *   <li>{@code findings}: a list of {@code {code, subject}}; the result's findings must be exactly
 *       that set (extra and missing pairs are both disagreements);</li>
 *   <li>{@code obligations}: a list of {@code {code, due?, status?, subject?, …}}; each must be matched by
 *       an obligation with the same stated fields. With {@code exactObligations} each entry needs an
 *       obligation of its own and no obligation may be left over: entries and obligations are paired by a
 *       maximum bipartite matching, so the order of the entries never matters.</li>
 * </ul>
 */
public final class Expectations {
    /** The lists of the result that are sets: compared without regard to order. */
    public static final Set<String> SETS = ExpectationTrees.SETS;

    private static final CaseReader READER = new CaseReader();

    private Expectations() {}

    /**
     * Checks that an expectation states only fields of the result, each with a value of the field's type
     * (so a misspelt {@code expected.decision.authorty} or {@code "eligible": "yes"} is invalid input, not
     * a disagreement or silently ignored). Returns the problems, with paths under {@code $.expected}.
     *
     * @param expectedJson the record's {@code expected} as JSON text, or {@code null}
     * @return the problems; empty when the expectation is well-formed
     * @throws se.integration.policy.core.read.InvalidCaseException if the text is not JSON
     */
    public static List<Problem> check(String expectedJson) {
        return ExpectationTrees.check(expectedJson == null ? null : READER.tree(expectedJson));
    }

    /**
     * Compares a result with an expectation: every field the expectation states must have the stated value;
     * findings are compared as a whole, obligations by the entries expected.
     *
     * @param expectedJson the expectation as JSON text, already checked with {@link #check(String)}
     * @param resultJson   the result as JSON text (contract §2)
     * @return the disagreements; empty when the result agrees
     * @throws se.integration.policy.core.read.InvalidCaseException if a text is not JSON
     * @throws NullPointerException if an argument is {@code null}
     */
    public static List<Disagreement> compare(String expectedJson, String resultJson) { return compare(expectedJson, resultJson, false); }

    /**
     * As {@link #compare(String, String)}; with {@code exactObligations}, the obligations must be one for each expected
     * entry: an obligation no entry is left to match (not expected, or one more than expected) is a disagreement too, and so
     * is an entry left without an obligation of its own.
     *
     * @param expectedJson     the expectation as JSON text
     * @param resultJson       the result as JSON text
     * @param exactObligations whether the obligations must be exactly those expected
     * @return the disagreements; empty when the result agrees
     * @throws se.integration.policy.core.read.InvalidCaseException if a text is not JSON
     * @throws NullPointerException if {@code expectedJson} or {@code resultJson} is {@code null}
     */
    public static List<Disagreement> compare(String expectedJson, String resultJson, boolean exactObligations) {
        java.util.Objects.requireNonNull(expectedJson, "expectedJson");
        java.util.Objects.requireNonNull(resultJson, "resultJson");
        return ExpectationTrees.compare(READER.tree(expectedJson), READER.tree(resultJson), exactObligations);
    }
}
