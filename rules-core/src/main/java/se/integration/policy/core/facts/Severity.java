package se.integration.policy.core.facts;

/** The severity of a finding (contract §2). */
public enum Severity {
    /** A requirement is not met. */
    ERROR,
    /** A duty is late or at risk, or the policy is past its revision date. */
    WARNING,
    /** A priority, an encouragement, an explanation. */
    INFO
}
