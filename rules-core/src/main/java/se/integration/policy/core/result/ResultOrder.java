package se.integration.policy.core.result;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one order in which a result lists what it holds, whatever order the rules fired in (a kept
 * session may fire them in another order than a new one): findings by severity, code, subject and rule;
 * obligations by due day (none last), code and subject; consultations and priority factors in the order
 * the documents name them; basis entries by field, then value, then rule. Subjects such as
 * {@code measures[2].x} sort before {@code measures[10].x}.
 *
 * <p>Public so that a caller who assembles a result of their own (a hand-written baseline, say) can
 * give it the library's order.
 */
public final class ResultOrder {
    /** Priority factors in the order the documents weigh them. */
    public static final List<String> FACTORS = List.of("PRIORITY_AREA", "LOCAL_ASSOCIATION", "PARTNERSHIP", "MUNICIPALITY_WIDE");
    /** The parties consulted, in the order the documents name them. */
    public static final List<String> CONSULTATIONS = List.of("ORDFORANDE_OCH_VICE_ORDFORANDE", "SAMVERKANSPARTNERS", "OMRADESGRUPPER",
            "KOORDINATORER_PRIO_OMRADEN");
    private static final List<String> BASIS_FIELDS = List.of("authority", "consultations", "preparedBy", "meetingWithApplicant", "factors", "grounds");

    /** Findings in result order: by severity, then code, subject (numbers in it as numbers) and rule. */
    public static final Comparator<Finding> FINDINGS = Comparator.comparing(Finding::severity).thenComparing(Finding::code)
            .thenComparing(f -> f.subject() == null ? "" : f.subject(), ResultOrder::naturalOrder)
            .thenComparing(Finding::rule);
    /** Obligations in result order: by due day (none last), then code, then subject. */
    public static final Comparator<Obligation> OBLIGATIONS = Comparator.comparing(Obligation::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Obligation::code).thenComparing(o -> o.subject() == null ? "" : o.subject());
    /** Basis entries in the order of the fields of the result, then of the values in their lists, then by rule. */
    public static final Comparator<Basis> BASIS = Comparator.comparingInt((Basis b) -> BASIS_FIELDS.indexOf(b.field()))
            .thenComparing(Basis::value, ResultOrder::valueOrder).thenComparing(Basis::rule);

    private ResultOrder() {}

    /**
     * {@return the values in the given order; values it does not name after those, alphabetically}
     *
     * @param values the values
     * @param order the order of the values it names
     */
    public static List<String> ordered(Collection<String> values, List<String> order) {
        return values.stream().sorted(Comparator.comparingInt((String v) -> rank(v, order)).thenComparing(Comparator.naturalOrder())).toList();
    }

    /**
     * Orders "measures[2].x" before "measures[10].x": runs of digits compare as numbers.
     *
     * @param a one text
     * @param b the other
     * @return a negative number, zero or a positive number, as {@link java.util.Comparator#compare} does
     */
    public static int naturalOrder(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i), cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                int c = Long.compare(Long.parseLong(a.substring(si, Math.min(i, si + 18))), Long.parseLong(b.substring(sj, Math.min(j, sj + 18))));
                if (c != 0) return c;
            } else {
                if (ca != cb) return Character.compare(ca, cb);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** A basis value: a consultation or a factor (with its area after a colon) in its fixed order, else alphabetically. */
    private static int valueOrder(String a, String b) {
        int ca = a.indexOf(':'), cb = b.indexOf(':');
        String fa = ca > 0 ? a.substring(0, ca) : a, fb = cb > 0 ? b.substring(0, cb) : b;
        int c = Integer.compare(Math.min(rank(fa, CONSULTATIONS), rank(fa, FACTORS)), Math.min(rank(fb, CONSULTATIONS), rank(fb, FACTORS)));
        return c != 0 ? c : a.compareTo(b);
    }

    private static int rank(String value, List<String> order) {
        int i = order.indexOf(value);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
