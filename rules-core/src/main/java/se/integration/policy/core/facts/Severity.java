package se.integration.policy.core.facts;

/** Contract §2: ERROR (a requirement is not met), WARNING (a duty late or at risk, a policy past revision), INFO. */
public enum Severity { ERROR, WARNING, INFO }
