package se.integration.policy.core;

/**
 * The one base of every exception the library throws on purpose; unchecked. Its subtypes say whose fault
 * it is:
 * <ul>
 *   <li>{@link se.integration.policy.core.read.InvalidCaseException}: the case is not valid input (each
 *       problem with its JSON path); a user error;</li>
 *   <li>{@link PolicySelectionException}: no version of the rules can be chosen for the case (an unknown id,
 *       none in force on its date); a user error;</li>
 *   <li>{@link PolicyPackageException}: a policy package is missing, broken or cannot be used (a defect of
 *       the installation, not of the input).</li>
 * </ul>
 * Anything else escaping the library ({@link NullPointerException} for a {@code null} argument aside) is a
 * defect of the library.
 */
public class PolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong, in words a user can act on
     */
    public PolicyException(String message) { super(message); }

    /**
     * An exception with a message and its cause.
     *
     * @param message what is wrong, in words a user can act on
     * @param cause   the exception that caused it, or {@code null}
     */
    public PolicyException(String message, Throwable cause) { super(message, cause); }

    /**
     * An exception for a user error: with or without a stack trace.
     *
     * @param message            what is wrong, in words a user can act on
     * @param cause              the exception that caused it, or {@code null}
     * @param enableSuppression  whether suppressed exceptions are recorded
     * @param writableStackTrace whether the stack trace is filled in (a user error needs none)
     */
    protected PolicyException(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }
}
