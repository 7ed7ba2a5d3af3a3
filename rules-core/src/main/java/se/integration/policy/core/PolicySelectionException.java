package se.integration.policy.core;

/**
 * No version can be chosen for a case: an unknown id, or no version of the municipality in force on
 * the case's date. A user error (exit 2 on the command line). Where the case's own data chose the date,
 * {@link #path()} names the field ({@code $.receivedOn} or {@code $.asOf}).
 */
public class PolicySelectionException extends RuntimeException {
    private final String path;

    public PolicySelectionException(String message) { this(null, message); }

    public PolicySelectionException(String path, String message) {
        super(message, null, false, false);
        this.path = path;
    }

    /** The JSON path of the case field that chose the date, or null when no field of a case is at fault. */
    public String path() { return path; }
}
