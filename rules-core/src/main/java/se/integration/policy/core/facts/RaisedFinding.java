package se.integration.policy.core.facts;

import java.util.List;

/**
 * A finding a rule raises. {@code disqualifying} marks findings that make a case ineligible whatever
 * is added later (contract §2: an individual applicant, a project not time-limited, out of scope).
 * {@code args} fill the message after the subject ({@code {1}}, {@code {2}}, ... in the bundles).
 *
 * @param code          the finding code
 * @param subject       what the finding is about, or {@code null}
 * @param severity      the severity
 * @param disqualifying whether the finding makes the case ineligible
 * @param args          further message values; {@code null} becomes empty
 * @param cite          the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
 */
public record RaisedFinding(String code, String subject, Severity severity, boolean disqualifying,
                            List<Object> args, String cite) implements Outcome {

    /**
     * Copies {@code args}; {@code null} becomes an empty list.
     *
     * @param code the finding code
     * @param subject what the finding is about, or {@code null}
     * @param severity the severity
     * @param disqualifying whether the finding makes the case ineligible
     * @param args further message values; {@code null} becomes empty
     * @param cite the id of the citation in the parameters file, or {@code null}: the inserting rule's {@code @cite} is used
     */
    public RaisedFinding {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /**
     * {@return an ERROR finding}
     *
     * @param code the finding code
     * @param subject what it is about, or {@code null}
     */
    public static RaisedFinding error(String code, Object subject) { return of(code, subject, Severity.ERROR); }

    /**
     * {@return a WARNING finding}
     *
     * @param code the finding code
     * @param subject what it is about, or {@code null}
     */
    public static RaisedFinding warning(String code, Object subject) { return of(code, subject, Severity.WARNING); }

    /**
     * {@return an INFO finding}
     *
     * @param code the finding code
     * @param subject what it is about, or {@code null}
     */
    public static RaisedFinding info(String code, Object subject) { return of(code, subject, Severity.INFO); }

    /**
     * {@return an ERROR that also makes the case not eligible}
     *
     * @param code the finding code
     * @param subject what it is about, or {@code null}
     */
    public static RaisedFinding ineligible(String code, Object subject) {
        return new RaisedFinding(code, subject == null ? null : subject.toString(), Severity.ERROR, true, List.of(), null);
    }

    /** {@return an outcome that makes the case not eligible, with a severity of its own} */
    public RaisedFinding makingIneligible() { return new RaisedFinding(code, subject, severity, true, args, cite); }

    /**
     * {@return this finding, citing a citation of the parameters file}
     *
     * @param citeId the citation's id
     */
    public RaisedFinding citing(String citeId) { return new RaisedFinding(code, subject, severity, disqualifying, args, citeId); }

    /**
     * {@return this finding with more message values}
     *
     * @param moreArgs the values, appended
     */
    public RaisedFinding with(Object... moreArgs) { return new RaisedFinding(code, subject, severity, disqualifying, List.of(moreArgs), cite); }

    private static RaisedFinding of(String code, Object subject, Severity severity) {
        return new RaisedFinding(code, subject == null ? null : subject.toString(), severity, false, List.of(), null);
    }
}
