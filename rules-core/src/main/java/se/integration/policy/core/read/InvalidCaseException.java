package se.integration.policy.core.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input is not a valid case: every problem found, each with its JSON path. Nothing from such a
 * case is judged. This is a user error; callers show {@link #problems()} and no stack trace.
 */
public class InvalidCaseException extends se.integration.policy.core.PolicyException {
    private static final long serialVersionUID = 1L;
    /** Every problem found, at least one. */
    private final List<Problem> problems;

    /**
     * An invalid case.
     *
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if there is none
     * @throws NullPointerException if {@code problems} is {@code null}
     */
    public InvalidCaseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) throw new IllegalArgumentException("an invalid case has at least one problem");
        this.problems = List.copyOf(problems);
    }

    /**
     * An invalid case with one problem.
     *
     * @param path    the JSON path of the problem ({@code $} for the whole input)
     * @param message what is wrong there
     */
    public InvalidCaseException(String path, String message) { this(List.of(new Problem(path, message))); }

    /**
     * The problems.
     *
     * @return every problem found, each with its JSON path, in the order found
     */
    public List<Problem> problems() { return problems; }
}
