package se.integration.policy.core;

/**
 * No version can be chosen for a case: an unknown id, or no version of the municipality in force on
 * the case's date. A user error (exit 2 on the command line). Where the case's own data chose the date,
 * {@link #path()} names the field ({@code $.receivedOn} or {@code $.asOf}).
 *
 * <p>The message is the {@link #problem()} and, where the user can still have the case judged by naming a
 * version, the {@link #advice()} after it ({@code problem; advice}). The problem is the core's; the advice
 * is how to name a version, which depends on the tool (the command line's {@code --policy}, a recorded
 * decision's {@code "policy"}), so a tool puts its own with {@link #withAdvice(String)}.
 */
public class PolicySelectionException extends PolicyException {
    private static final long serialVersionUID = 1L;
    /** The JSON path of the field that chose the date, or {@code null}. */
    private final String path;
    /** The problem, without advice. */
    private final String problem;
    /** How to name a version, or {@code null}. */
    private final String advice;

    /**
     * A problem no naming of a version gets round (an unknown id, no version installed), with no advice.
     *
     * @param problem what is wrong, Swedish first and English beside it
     */
    public PolicySelectionException(String problem) { this(null, problem); }

    /**
     * A problem at a field of the case, with no advice.
     *
     * @param path    the JSON path of the field that chose the date, or {@code null}
     * @param problem what is wrong, Swedish first and English beside it
     */
    public PolicySelectionException(String path, String problem) { this(path, problem, null); }

    /**
     * A problem at a field of the case, with advice.
     *
     * @param path    the JSON path of the field that chose the date, or {@code null}
     * @param problem what is wrong, Swedish first and English beside it
     * @param advice  what the user can do, in the same form, or {@code null} where nothing can be done
     */
    public PolicySelectionException(String path, String problem, String advice) {
        super(advice == null ? problem : problem + "; " + advice, null, false, false);
        this.path = path;
        this.problem = problem;
        this.advice = advice;
    }

    /**
     * The field at fault.
     *
     * @return the JSON path of the case field that chose the date, or null when no field of a case is at fault
     */
    public String path() { return path; }

    /**
     * What is wrong.
     *
     * @return the problem, without the advice
     */
    public String problem() { return problem; }

    /**
     * What the user can do.
     *
     * @return how to have the case judged anyway, or {@code null} where nothing can be done
     */
    public String advice() { return advice; }

    /**
     * The same problem at the same path with the caller's own advice in place of this one's; unchanged (no
     * advice) where the problem is one that naming a version does not get round.
     *
     * @param advice the caller's own advice, Swedish first and English beside it
     * @return the exception with that advice
     */
    public PolicySelectionException withAdvice(String advice) {
        return this.advice == null ? this : new PolicySelectionException(path, problem, advice);
    }

    /**
     * The same problem and advice named at another path (the case within a larger document, say).
     *
     * @param path the JSON path to name
     * @return the exception at that path
     */
    public PolicySelectionException at(String path) {
        return new PolicySelectionException(path, problem, advice);
    }
}
