package se.integration.policy.core.model;

import java.lang.annotation.*;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            for (Rule rule : RULES.get(record.getClass())) {
                if (read(record, rule.field()) == null) continue;
                Object decider = read(record, rule.decider());
                if (decider != null && !String.valueOf(decider).equals(rule.is())) {
                    problem.accept("." + rule.field().getName(), "is for a " + rule.is() + " only (the " + rule.noun() + " is a " + decider
                            + "): leave it out or null");
                }
            }
        }

        /** One {@link OnlyWhen} field of a record type, its deciding field found once (reading is a hot path). */
        private record Rule(RecordComponent field, RecordComponent decider, String is, String noun) {}

        private static final ClassValue<List<Rule>> RULES = new ClassValue<>() {
            @Override protected List<Rule> computeValue(Class<?> type) {
                List<Rule> rules = new ArrayList<>();
                for (RecordComponent c : type.getRecordComponents()) {
                    OnlyWhen only = c.getAnnotation(OnlyWhen.class);
                    if (only != null) {
                        rules.add(new Rule(c, component(type, only.field()), only.is(), type.getSimpleName().toLowerCase(Locale.ROOT)));
                    }
                }
                return List.copyOf(rules);
            }
        };

        private static RecordComponent component(Class<?> type, String name) {
            for (RecordComponent c : type.getRecordComponents()) if (c.getName().equals(name)) return c;
            throw new IllegalArgumentException(type.getName() + " has no field " + name + " (named by @OnlyWhen)");
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
