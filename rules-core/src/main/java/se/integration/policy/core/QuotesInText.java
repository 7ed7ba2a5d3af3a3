package se.integration.policy.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finding a quote in its document as the document writes it: the same words, letters, digits and
 * punctuation; only the kind and number of spaces and line breaks, the form of quotation marks and
 * dashes, and Unicode composition may differ. A quote may leave passages out with "[…]" or "…".
 */
public final class QuotesInText {
    private QuotesInText() {}

    /**
     * {@return the passages a quote is made of (split at its omissions)}
     *
     * @param quote the quote
     * @throws NullPointerException if {@code quote} is {@code null}
     */
    public static List<String> parts(String quote) {
        List<String> out = new ArrayList<>();
        for (String part : quote.split("\\[…]|\\[\\.\\.\\.]|…")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /**
     * {@return whether every passage of a quote is in a text}
     *
     * @param quote the quote
     * @param text the text to search
     * @throws NullPointerException if {@code quote} or {@code text} is {@code null}
     */
    public static boolean found(String quote, String text) {
        String t = normal(text);
        for (String part : parts(quote)) if (!t.contains(normal(part))) return false;
        return true;
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .replaceAll("[”“„″]", "\"").replaceAll("[’‘′]", "'").replaceAll("[–—‐]", "-")
                .replaceAll("­", "");
    }
}
