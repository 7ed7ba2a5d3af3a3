package se.integration.policy.lidkoping2016;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the message of {@code UNKNOWN_ALLOCATION} says about a recipient key the decision does not know, so
 * that the user can correct it: the keys the decision knows, and the closest of them where one is close
 * ({@code KULTUR_OCH_FRITIDSNAMND}, the distribution list's spelling, is two letters from
 * {@code KULTUR_OCH_FRITIDSNAMNDEN}). Recipients are shown by their names in the decision, not by their keys.
 */
public final class Recipients {
    private Recipients() {}

    /** Message keys of the notes: no such recipient (with or without a closest one); the recipient keys. */
    public static final String NO_SUCH = "note.noSuchRecipient", NO_SUCH_CLOSEST = "note.noSuchRecipientClosest",
            KEYS = "note.recipientKeys";
    /** At most this many letters changed, added or removed make a known key the closest. */
    static final int NEAR = 3;
    /** Keys longer than this are not compared letter by letter (no known key is near them). */
    static final int LONGEST_COMPARED = 100;

    /**
     * The values of UNKNOWN_ALLOCATION's message after the initiative: the claiming recipient ({1}), then
     * {2}–{5}: empty when the decision knows the recipient (the initiative is what it does not allocate it);
     * otherwise the note that it has no such recipient, the closest key (or nothing), the note before the keys,
     * and the keys the decision knows.
     */
    public static Object[] unknownAllocation(String recipient, Collection<?> known) {
        if (known.contains(recipient)) return new Object[] {recipient, "", "", "", ""};
        List<String> keys = known.stream().map(String::valueOf).sorted().toList();
        String closest = closest(recipient, keys);
        return new Object[] {recipient, closest == null ? NO_SUCH : NO_SUCH_CLOSEST, closest == null ? "" : closest, KEYS,
                keys.stream().map(Recipients::name).sorted().collect(Collectors.joining(", ")) + "."};
    }

    /** The known key nearest to {@code key} (letters changed, added or removed; ties: the first in order), if near enough. */
    static String closest(String key, List<String> keys) {
        String k = normal(key);
        if (k.length() > LONGEST_COMPARED) return null;
        return keys.stream().filter(c -> distance(k, normal(c)) <= NEAR)
                .min(Comparator.comparingInt((String c) -> distance(k, normal(c))).thenComparing(Comparator.naturalOrder())).orElse(null);
    }

    /** Upper case, without diacritics, every run of other characters an underscore: "Kultur- och fritidsnämnd" as KULTUR_OCH_FRITIDSNAMND. */
    static String normal(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1], current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** A recipient by its name in the decision ("Barn- och skolnämnden"), not by its key; quoted, it is shown as it is. */
    static String name(String key) {
        java.util.ResourceBundle names = java.util.ResourceBundle.getBundle("se.integration.policy.lidkoping2016.messages", Locale.forLanguageTag("sv"));
        return "\"" + (names.containsKey("label." + key) ? names.getString("label." + key) : key) + "\"";
    }
}
