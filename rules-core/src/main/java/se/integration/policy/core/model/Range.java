package se.integration.policy.core.model;

import java.lang.annotation.*;

/** Inclusive bounds of a whole number in the JSON. Amounts are whole kronor from 0 to one thousand million. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Range {
    /** {@return the least value allowed} */
    long min() default 0;
    /** {@return the greatest value allowed} */
    long max() default Limits.MAX_AMOUNT;
}
