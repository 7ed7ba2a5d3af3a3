package se.integration.policy.core.read;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input is not a valid case: every problem found, each with its JSON path. Nothing from such a
 * case is judged. This is a user error; callers show {@link #problems()} and no stack trace.
 */
public class InvalidCaseException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidCaseException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) throw new IllegalArgumentException("an invalid case has at least one problem");
        this.problems = List.copyOf(problems);
    }

    public InvalidCaseException(String path, String message) { this(List.of(new Problem(path, message))); }

    public List<Problem> problems() { return problems; }
}
