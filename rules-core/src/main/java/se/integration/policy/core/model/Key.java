package se.integration.policy.core.model;

import java.lang.annotation.*;

/**
 * A string (or each string of a list) that is a key: upper-case letters, digits and underscores,
 * starting with a letter, for example {@code RASLATT} or {@code TORPA}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Key {}
