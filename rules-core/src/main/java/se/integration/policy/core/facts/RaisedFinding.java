package se.integration.policy.core.facts;

import java.util.List;

/**
 * A finding a rule raises. {@code disqualifying} marks findings that make a case ineligible whatever
 * is added later (contract §2: an individual applicant, a project not time-limited, out of scope).
 * {@code args} fill the message after the subject ({@code {1}}, {@code {2}}, ... in the bundles).
 */
public record RaisedFinding(String code, String subject, Severity severity, boolean disqualifying,
                            List<Object> args, String cite) implements Outcome {

    public RaisedFinding {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RaisedFinding error(String code, Object subject) { return of(code, subject, Severity.ERROR); }

    public static RaisedFinding warning(String code, Object subject) { return of(code, subject, Severity.WARNING); }

    public static RaisedFinding info(String code, Object subject) { return of(code, subject, Severity.INFO); }

    /** {@return an ERROR that also makes the case not eligible} */
    public static RaisedFinding ineligible(String code, Object subject) {
        return new RaisedFinding(code, subject == null ? null : subject.toString(), Severity.ERROR, true, List.of(), null);
    }

    /** {@return an outcome that makes the case not eligible, with a severity of its own} */
    public RaisedFinding makingIneligible() { return new RaisedFinding(code, subject, severity, true, args, cite); }

    public RaisedFinding citing(String citeId) { return new RaisedFinding(code, subject, severity, disqualifying, args, citeId); }

    public RaisedFinding with(Object... moreArgs) { return new RaisedFinding(code, subject, severity, disqualifying, List.of(moreArgs), cite); }

    private static RaisedFinding of(String code, Object subject, Severity severity) {
        return new RaisedFinding(code, subject == null ? null : subject.toString(), severity, false, List.of(), null);
    }
}
