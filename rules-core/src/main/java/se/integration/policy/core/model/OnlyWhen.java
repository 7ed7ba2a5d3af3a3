package se.integration.policy.core.model;

import java.lang.annotation.*;
import java.lang.reflect.RecordComponent;
import java.util.function.BiConsumer;

/**
 * The JSON field may be given only when the record's field {@code field} has the value {@code is} (an
 * enum constant's name): otherwise it must be left out or null. Checked by the reader ({@link #check},
 * from the record's {@link Checked#check}) and stated in the case schema ({@code if}/{@code then}), from
 * this one annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OnlyWhen {
    /** The record's field whose value decides. */
    String field();

    /** The value of {@link #field} under which the annotated field may be given. */
    String is();

    /** Support for records with {@link OnlyWhen} fields. */
    final class Check {
        private Check() {}

        /**
         * Reports each {@link OnlyWhen} field of {@code record} that is given while its deciding field
         * holds another value (a deciding field that is not given decides nothing).
         */
        public static void of(Record record, BiConsumer<String, String> problem) {
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                OnlyWhen only = c.getAnnotation(OnlyWhen.class);
                if (only == null || read(record, c) == null) continue;
                Object decider = read(record, component(record, only.field()));
                if (decider != null && !String.valueOf(decider).equals(only.is())) {
                    problem.accept("." + c.getName(), "is for a " + only.is() + " only (the " + noun(record) + " is a " + decider
                            + "): leave it out or null");
                }
            }
        }

        private static String noun(Record record) { return record.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT); }

        private static RecordComponent component(Record record, String name) {
            for (RecordComponent c : record.getClass().getRecordComponents()) if (c.getName().equals(name)) return c;
            throw new IllegalArgumentException(record.getClass().getName() + " has no field " + name + " (named by @OnlyWhen)");
        }

        private static Object read(Record record, RecordComponent c) {
            try {
                return c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
            }
        }
    }
}
