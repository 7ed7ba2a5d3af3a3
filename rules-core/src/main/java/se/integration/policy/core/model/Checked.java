package se.integration.policy.core.model;

import java.util.function.BiConsumer;

/**
 * A record that checks relations between its own fields (for example that an end is not before a
 * start). Called by the reader only when every field has the right type.
 */
public interface Checked {
    /**
     * Reports each problem as (relative path, message); the path is appended to the record's own.
     *
     * @param problem receives each problem as (relative path, message)
     */
    void check(BiConsumer<String, String> problem);
}
