package se.integration.policy.core;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import se.integration.policy.core.facts.ParameterFact;

/**
 * The citation guarantee for numbers: every amount, date, count and period a parameter carries must
 * appear in the quote it cites as the document writes it ({@code 50 000 kr}, {@code en månad},
 * {@code 31 december 2021}), or be stated by an assumption that names the parameter ({@link
 * Assumption#covers()}: a number the text leaves open). A quote that merely shares the parameter's words
 * is not enough: a band of 75 000 kr citing a sentence that says 70 000 kr is refused; nor is a number
 * that happens to appear in an assumption about something else.
 *
 * <p>What a field holds is read from its name: {@code …Amount} kronor (a lower bound {@code n} is also
 * stated by "över n−1", an upper bound by "under n+1"; 0 is no bound), {@code months…}, {@code days…},
 * {@code years} periods (the number, in digits or words, before the unit: "en månad", "sex månader";
 * "halvår" for 6 months), {@code firstYear} a year, a date a day ("31 december 2021" or 2021-12-31),
 * any other number a count. A year within a range the quote gives ("åren 2016-2018") is stated by it.
 */
public final class QuoteNumbers {
    private QuoteNumbers() {}

    /**
     * One number of a parameter that neither its quote nor an assumption states.
     *
     * @param parameter the parameter
     * @param field     the field whose number is not stated
     * @param value     the number
     * @param cite      the quote checked
     */
    public record Unstated(ParameterFact parameter, String field, Object value, String cite) {
        /** {@return the message, in Swedish with English beside it} */
        public String message() {
            String what = parameter.getClass().getSimpleName() + " " + parameter.identity() + " " + field + " = " + value;
            return what + " står inte i citatet \"" + cite + "\" som dokumentet skriver det, och inte i något antagande som nämner det / "
                    + what + " is not stated in the quote \"" + cite + "\" as the document writes it, nor in an assumption that names it"
                    + " (\"covers\": [\"" + cite + " " + field + "\"])";
        }
    }

    /**
     * {@return the numbers of every parameter of a version that its quotes and assumptions do not state}
     *
     * @param d the version's definition
     */
    public static List<Unstated> check(PolicyDefinition d) {
        List<Unstated> out = new ArrayList<>();
        for (ParameterFact p : d.parameters()) out.addAll(check(p, d, null));
        return out;
    }

    /**
     * The numbers of one parameter (only the named fields, or all where {@code fields} is null) that its
     * quote in {@code d} and {@code d}'s assumptions do not state.
     *
     * @param p the parameter
     * @param d the version's definition
     * @param fields the fields to check, or {@code null} for all
     * @return the numbers not stated; empty when all are
     */
    public static List<Unstated> check(ParameterFact p, PolicyDefinition d, java.util.Collection<String> fields) {
        List<Unstated> out = new ArrayList<>();
        SourceText s = p.cite() == null ? null : d.sources().get(p.cite());
        String quote = s == null ? "" : s.quote();
        for (RecordComponent rc : p.getClass().getRecordComponents()) {
            if (rc.getName().equals("cite") || (fields != null && !fields.contains(rc.getName()))) continue;
            Object v;
            try {
                v = rc.getAccessor().invoke(p);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (!(v instanceof Number) && !(v instanceof LocalDate)) continue;
            if (v instanceof Number n && n.longValue() == 0 && kind(rc.getName()) == Kind.AMOUNT) continue; // no bound
            if (states(quote, rc.getName(), v)) continue;
            boolean assumed = false;
            for (Assumption a : d.assumptions()) {
                // only an assumption that names this parameter (covers) may state its number
                if (a.covers(p.cite(), rc.getName()) && states(a.assumption() + " " + a.reason(), rc.getName(), v)) { assumed = true; break; }
            }
            if (!assumed) out.add(new Unstated(p, rc.getName(), v, p.cite()));
        }
        return out;
    }

    enum Kind { AMOUNT, MONTHS, DAYS, YEARS, YEAR, COUNT, MONTH_OF_YEAR, DAY_OF_MONTH, YEARS_AFTER }

    static Kind kind(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        if (f.contains("amount")) return Kind.AMOUNT;
        if (f.endsWith("month")) return Kind.MONTH_OF_YEAR;   // dueMonth, periodToMonth: a month of the year
        if (f.endsWith("day")) return Kind.DAY_OF_MONTH;      // dueDay: a day of the month
        if (f.endsWith("yearsafter")) return Kind.YEARS_AFTER; // dueYearsAfter: that year (0), the following (1)
        if (f.contains("month")) return Kind.MONTHS;
        if (f.contains("day")) return Kind.DAYS;
        if (f.equals("years") || f.endsWith("years")) return Kind.YEARS;
        if (f.contains("year")) return Kind.YEAR;
        return Kind.COUNT;
    }

    private static final String[] SV = {"noll", "en|ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"};
    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
    private static final String[] MONTHS_SV = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"};
    private static final String[] MONTHS_EN = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};

    /**
     * {@return whether a text states a field's value as a document would write it}
     *
     * @param text the quote or assumption
     * @param field the parameter's field name
     * @param value the field's value
     */
    public static boolean states(String text, String field, Object value) {
        String t = normal(text);
        if (value instanceof LocalDate d) {
            String day = String.valueOf(d.getDayOfMonth()), year = String.valueOf(d.getYear());
            return t.contains(d.toString())
                    || find(t, "(?<!\\d)0?" + day + "\\s+(" + MONTHS_SV[d.getMonthValue() - 1] + "|" + MONTHS_EN[d.getMonthValue() - 1] + ")\\s+" + year + "(?!\\d)")
                    || find(t, "(?<!\\d)0?" + day + "/0?" + d.getMonthValue() + "\\s*[-/]?\\s*" + year + "(?!\\d)");
        }
        long n = ((Number) value).longValue();
        // an assumption may name the field and its value outright ("daysAfterPlanYear 1")
        if (find(t, "\\b" + Pattern.quote(field) + "\\s*[:=]?\\s*" + n + "(?!\\d)")) return true;
        switch (kind(field)) {
            case AMOUNT:
                return find(t, digits(n))
                        || find(t, "(över|mer än|överstig\\w*|överskrid\\w*|more than|above|exceed\\w*)\\s+(\\D{0,20}?)" + digits(n - 1))
                        || find(t, "(under|mindre än|less than|below)\\s+(\\D{0,20}?)" + digits(n + 1));
            case MONTHS:
                return find(t, number(n) + "\\s+(kalender)?(månad\\w*|months?)\\b") || (n == 6 && find(t, "halvår|half[- ]year"))
                        || (n == 3 && find(t, "kvartal|quarter")) || (n == 12 && find(t, number(1) + "\\s+(år|year)\\b"));
            case DAYS:
                return find(t, number(n) + "\\s+(dag\\w*|days?)\\b");
            case YEARS:
                return find(t, number(n) + "(\\s+|-)(år\\w*|years?)\\b") || find(t, number(n) + "-?årig");
            case YEAR:
                return find(t, "(?<!\\d)" + n + "(?!\\d)") || inRange(t, n);
            case MONTH_OF_YEAR:
                if (n < 1 || n > 12) return false;
                return find(t, "\\b(" + MONTHS_SV[(int) n - 1] + "|" + MONTHS_EN[(int) n - 1] + ")\\b")
                        // the bounds of a period of the year: the text's rhythm (a year, a quarter) states them
                        || (field.startsWith("period") && find(t, "kvartal|quarter|årlig|\\bår\\b|\\byear\\b"));
            case DAY_OF_MONTH:
                return find(t, "(?<!\\d)" + n + "\\s+(" + String.join("|", MONTHS_SV) + "|" + String.join("|", MONTHS_EN) + ")\\b");
            case YEARS_AFTER:
                return n == 0 ? find(t, "that year|samma år|same year|the plan's year|planens år|\\bthe year\\b")
                        : n == 1 ? find(t, "following year|följande år|året efter|next year") : find(t, number(n) + "\\s+(år|years?)");
            default:
                return find(t, number(n));
        }
    }

    /** Whether a year lies within a range of years the text gives: "2016-2018", "2016–2018", "2016 till 2018". */
    private static boolean inRange(String t, long year) {
        var m = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*(?:-|–|—|till|to)\\s*((?:19|20)\\d\\d)(?!\\d)").matcher(t);
        while (m.find()) {
            if (Long.parseLong(m.group(1)) <= year && year <= Long.parseLong(m.group(2))) return true;
        }
        return false;
    }

    /** The number in digits (thousands grouped by a space, a dot or nothing) or, up to twelve, in words. */
    private static String number(long n) {
        String words = n >= 0 && n < SV.length ? "|\\b(" + SV[(int) n] + "|" + EN[(int) n] + ")\\b" : "";
        return "(" + digits(n) + words + ")";
    }

    private static String digits(long n) {
        if (n < 0) return "(?!x)x";
        String s = Long.toString(n);
        StringBuilder b = new StringBuilder("(?<![\\d.,])");
        int first = s.length() % 3 == 0 ? 3 : s.length() % 3;
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i += 3) b.append("[ .]?").append(s, i, i + 3);
        return b.append("(?![\\d]|[ .,]\\d)").toString();
    }

    private static boolean find(String text, String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Spaces of every kind as one space, NFC (so å typed as a+ring matches å). */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
    }
}
