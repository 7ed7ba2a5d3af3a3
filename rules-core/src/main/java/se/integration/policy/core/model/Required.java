package se.integration.policy.core.model;

import java.lang.annotation.*;

/** The JSON field must be present and not null. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Required {}
