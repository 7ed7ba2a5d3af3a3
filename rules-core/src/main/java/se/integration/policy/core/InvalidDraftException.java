package se.integration.policy.core;

import java.util.List;
import java.util.stream.Collectors;
import se.integration.policy.core.read.Problem;

/**
 * A draft revision that cannot be read: every problem found, each with the JSON path in the draft and
 * a message in Swedish with English beside it (an unknown base, an unknown parameter identity, a wrong
 * field or type, a quote not found in the draft's text, a changed number its quote does not state).
 * Nothing is judged under such a draft. A user error: callers show {@link #problems()}, no stack trace.
 */
public class InvalidDraftException extends PolicyException {
    /** What the input is called. */
    private final String name;
    /** Every problem found, at least one. */
    private final List<Problem> problems;

    /**
     * A draft with these problems.
     *
     * @param name what the input is called (a file, or the name the caller gave)
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} is {@code null}
     */
    public InvalidDraftException(String name, List<Problem> problems) {
        super(name + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), null, false, false);
        if (problems.isEmpty()) throw new IllegalArgumentException("an invalid draft has at least one problem");
        this.name = name;
        this.problems = List.copyOf(problems);
    }

    /** {@return what the input was called (the draft file, or the name the caller gave)} */
    public String name() { return name; }

    /** {@return every problem found, each with its JSON path in the draft} */
    public List<Problem> problems() { return problems; }
}
