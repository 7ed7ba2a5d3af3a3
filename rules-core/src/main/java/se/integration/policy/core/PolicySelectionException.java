package se.integration.policy.core;

/**
 * No version can be chosen for a case: an unknown id, or no version of the municipality in force on
 * the case's date. A user error (exit 2 on the command line).
 */
public class PolicySelectionException extends RuntimeException {
    public PolicySelectionException(String message) { super(message, null, false, false); }
}
