package se.integration.policy.core.model;

/** Which fact model a case uses (contract §1). */
public enum CaseKind { GRANT_APPLICATION, ACTION_PLAN, ALLOCATION }
