package se.integration.policy.core.model;

import java.lang.annotation.*;

/**
 * The JSON field may be given only when the record's field {@code field} (an enum) has the value
 * {@code is} (a constant's name): under another value it must be left out or null. Read, like
 * {@link Required} and {@link Range}, by the case reader (which reports the field, naming the value that
 * rules it out) and by the case schema ({@code if}/{@code then}), from this one annotation. A
 * {@code field} that is no enum component of the record, or an {@code is} that is none of its
 * constants, is refused when the reader first meets the record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OnlyWhen {
    /** {@return the record's enum field whose value decides} */
    String field();

    /** {@return the value of {@link #field} under which the annotated field may be given} */
    String is();
}
