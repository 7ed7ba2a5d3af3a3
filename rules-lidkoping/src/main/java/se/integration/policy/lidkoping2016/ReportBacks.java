package se.integration.policy.lidkoping2016;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Small helpers the rules call: the earliest of a set of dates; years as messages show them. */
public final class ReportBacks {
    private ReportBacks() {}

    /** The earliest date, or {@code null} when there is none. */
    public static LocalDate earliest(Collection<?> dates) {
        return dates.stream().map(LocalDate.class::cast).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Years in order, joined: "2016, 2017, 2018". */
    public static String years(Collection<?> years) {
        return years.stream().map(Integer.class::cast).sorted().distinct().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
