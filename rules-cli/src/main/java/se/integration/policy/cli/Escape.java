package se.integration.policy.cli;

/**
 * The one escaping of text that may come from a case (or any input) before it reaches a stream: stderr's
 * problem lines (field names and values included), replay's disagreement lines, the text reports and the
 * HTML reports all go through {@link #text}, and HTML escapes its markup characters after it
 * ({@link #html}).
 *
 * <p>Escaped as a visible {@code \}{@code uXXXX}: every control character ({@code \p{Cc}}: NUL, ESC, CR, LF,
 * tab, DEL, the C1 range), the line and paragraph separators U+2028 and U+2029 (a line break to some
 * terminals and editors), and the bidirectional formatting characters (U+200E, U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069), which reorder what a reader sees ({@code "\u202Eexe.txt"} shown as {@code "txt.exe"}). So
 * no input can end a line, start a forged one, move the cursor or reverse what follows.
 */
public final class Escape {
    private Escape() {}

    /** Whether a character is shown escaped. */
    static boolean escaped(char c) {
        if (Character.getType(c) == Character.CONTROL) return true;
        return c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Text safe for a terminal, a log line or (after {@link #html}) a page; {@code null} stays {@code null}. */
    public static String text(Object o) {
        if (o == null) return null;
        String s = o.toString();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (escaped(c)) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** {@link #text} and then HTML's markup characters as entities: for content and attribute values; {@code null} is "". */
    public static String html(Object o) {
        if (o == null) return "";
        String s = text(o);
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                sb.append(entity);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
