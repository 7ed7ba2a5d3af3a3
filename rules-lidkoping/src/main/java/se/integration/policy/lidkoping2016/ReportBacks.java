package se.integration.policy.lidkoping2016;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Small helpers the rules call: the earliest of a set of dates; years as messages show them, and whether they
 * are assumed.
 */
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

    /** The message key of the note that years are assumed, shown after them. */
    public static final String YEAR_ASSUMED = "note.yearAssumed", YEARS_ASSUMED = "note.yearsAssumed";

    /**
     * The note shown after {@code years} in a message: {@link #YEAR_ASSUMED} or {@link #YEARS_ASSUMED} when an
     * assumption gives them ({@code assumptions}: the {@code yearsAssumption} ids of the allocations), or nothing.
     */
    public static String assumed(Collection<?> years, Collection<?> assumptions) {
        if (assumptions.isEmpty()) return "";
        return years.size() > 1 ? YEARS_ASSUMED : YEAR_ASSUMED;
    }

    /**
     * The note shown after the year of one allocation: {@link #YEAR_ASSUMED} when an assumption gives it
     * ({@code yearsAssumption}: its id), or nothing.
     */
    public static String assumedYear(String yearsAssumption) {
        return yearsAssumption == null ? "" : YEAR_ASSUMED;
    }
}
