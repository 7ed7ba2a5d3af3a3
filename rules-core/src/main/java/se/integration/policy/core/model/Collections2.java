package se.integration.policy.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-safe immutable copies for record constructors (absent JSON lists read as empty). */
final class Collections2 {
    private Collections2() {}

    static <T> List<T> list(List<T> list) {
        // the reader's mark (ReadMark): kept by the one case built with it, copied (and so dropped) by any other
        if (list instanceof ReadMark.ReadList<T> read && read.adopt()) return read;
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Keeps the input order (Map.copyOf would not), and so the order of findings stays stable. */
    static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
