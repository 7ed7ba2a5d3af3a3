package se.integration.policy.core;

/**
 * A policy package is missing, broken or cannot be used: a defect of the installation, not of the input.
 * A package that cannot be used (two versions of one municipality in force on one day, two packages with
 * one id) does not stop the others: this exception is thrown when a case would be judged under it, naming
 * the package(s) and the dates. The command line exits 2 for it, as for any case it cannot judge.
 */
public class PolicyPackageException extends PolicyException {
    private static final long serialVersionUID = 1L;

    /**
     * A package problem.
     *
     * @param message what is wrong, naming the package
     */
    public PolicyPackageException(String message) { super(message); }

    /**
     * A package problem with its cause.
     *
     * @param message what is wrong, naming the package
     * @param cause   the exception that caused it
     */
    public PolicyPackageException(String message, Throwable cause) { super(message, cause); }
}
