package se.integration.policy.cli;

/** A mistake in how the command was called (a missing file, an unknown version): exit 2, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) { super(message, null, false, false); }
}
