package se.integration.policy.core.model;

/** Which fact model a case is (contract §1 {@code kind}). */
public enum CaseKind {
    /** An application for Jönköping's integration grant (contract §1.1). */
    GRANT_APPLICATION,
    /** An integration action plan (contract §1.2). */
    ACTION_PLAN,
    /** A claim on allocated funds (contract §1.3). */
    ALLOCATION
}
