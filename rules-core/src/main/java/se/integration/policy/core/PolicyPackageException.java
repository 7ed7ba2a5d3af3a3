package se.integration.policy.core;

/** A policy package is broken or cannot be used (a defect of the installation, not of the input). */
public class PolicyPackageException extends RuntimeException {
    public PolicyPackageException(String message) { super(message); }
    public PolicyPackageException(String message, Throwable cause) { super(message, cause); }
}
