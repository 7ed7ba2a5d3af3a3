package se.integration.policy.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The width of text output, and the two ways text is made to fit it: a line too long is wrapped at
 * spaces, its continuation indented two columns deeper than the line; a table's columns are narrowed
 * (each cell wrapped within its column) so that every row fits and the columns stay aligned.
 *
 * <p>The width: the system property {@code policy.columns} (the launcher sets it from the terminal when
 * standard output is one); else {@code $COLUMNS} when the JVM has a console; else {@link #DEFAULT}
 * (100), also whenever standard output is not a terminal. No native code is needed.
 */
final class TextLayout {
    /** The width when standard output is not a terminal, or its width is not known. */
    static final int DEFAULT = 100;
    /** Narrower than this, output is wrapped at this width all the same. */
    static final int MIN = 40;

    private TextLayout() {}

    /** The width text output is wrapped to. */
    static int width() {
        Integer p = columns(System.getProperty("policy.columns"));
        if (p != null) return p;
        if (System.console() != null) {
            Integer c = columns(System.getenv("COLUMNS"));
            if (c != null) return c;
        }
        return DEFAULT;
    }

    private static Integer columns(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            int n = Integer.parseInt(s.strip());
            return n <= 0 ? null : Math.max(MIN, n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code out} with every line wrapped to {@link #width()}; flush or close it to write the last line. */
    static PrintWriter wrapping(PrintWriter out) { return wrapping(out, width()); }

    static PrintWriter wrapping(PrintWriter out, int width) { return new PrintWriter(new Wrapping(out, width), false); }

    /** One line cut at spaces into lines of at most {@code width} columns, continuations indented two more. */
    static List<String> wrapLine(String line, int width) {
        if (length(line) <= width) return List.of(line);
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        String indent = " ".repeat(Math.min(lead + 2, width / 2));
        List<String> out = new ArrayList<>();
        List<String> pieces = wrap(line.substring(lead), width - lead);
        out.add(" ".repeat(lead) + pieces.get(0));
        String rest = String.join(" ", pieces.subList(1, pieces.size()));
        for (String p : wrap(rest, width - indent.length())) out.add(indent + p);
        return out;
    }

    /** Words of a text in lines of at most {@code width} columns (a longer word is cut). */
    static List<String> wrap(String s, int width) {
        width = Math.max(1, width);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (length(word) > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                int cut = word.offsetByCodePoints(0, width);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() > 0 && length(line) + 1 + length(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /**
     * Column widths that fit a table in {@code width} columns: {@code lead} characters before the first
     * column and two spaces after each. The widest columns give way first, none below {@code min}.
     */
    static List<Integer> fit(List<Integer> widths, int lead, int width, int min) {
        List<Integer> w = new ArrayList<>(widths);
        while (lead + w.stream().mapToInt(i -> i + 2).sum() > width) {
            int widest = 0;
            for (int i = 1; i < w.size(); i++) if (w.get(i) > w.get(widest)) widest = i;
            if (w.get(widest) <= min) break;
            w.set(widest, w.get(widest) - 1);
        }
        return w;
    }

    /**
     * As {@link #fit(List, int, int, int)}, knowing the cells: a column gives way down to its longest word
     * (at most {@code 30}) before any column cuts a word.
     */
    static List<Integer> fit(List<List<String>> rows, List<Integer> widths, int lead, int width) {
        List<Integer> w = new ArrayList<>(widths), min = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            int longest = 8;
            for (List<String> r : rows) {
                if (i >= r.size()) continue;
                for (String word : r.get(i).split(" ")) longest = Math.max(longest, length(word));
            }
            min.add(Math.min(Math.min(longest, 30), w.get(i)));
        }
        while (lead + w.stream().mapToInt(i -> i + 2).sum() > width) {
            int widest = -1;
            for (int i = 0; i < w.size(); i++) if (w.get(i) > min.get(i) && (widest < 0 || w.get(i) > w.get(widest))) widest = i;
            if (widest < 0) return fit(w, lead, width, 8);
            w.set(widest, w.get(widest) - 1);
        }
        return w;
    }

    /** One row of a table: each cell wrapped within its column, the lead ({@code "   ≠ "}) on the first line only. */
    static void row(PrintWriter out, String lead, List<String> cells, List<Integer> widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> w = wrap(cells.get(i), widths.get(i));
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        for (int l = 0; l < lines; l++) {
            StringBuilder sb = new StringBuilder(l == 0 ? lead : " ".repeat(length(lead)));
            for (int i = 0; i < cells.size(); i++) {
                List<String> w = wrapped.get(i);
                sb.append(pad(l < w.size() ? w.get(l) : "", widths.get(i) + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    /** A table: the widest cell of each column, narrowed to fit {@link #width()}; the first row is the head. */
    static void table(PrintWriter out, String lead, List<List<String>> rows, int width) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                if (widths.size() <= i) widths.add(0);
                widths.set(i, Math.max(widths.get(i), length(r.get(i))));
            }
        }
        widths = fit(rows, widths, length(lead), width);
        for (List<String> r : rows) row(out, lead, r, widths);
    }

    /** Padded with spaces to {@code n} columns (at least one space after). */
    static String pad(String s, int n) {
        int len = length(s);
        return len >= n ? s + " " : s + " ".repeat(n - len);
    }

    /** The columns a text takes: its code points. */
    static int length(CharSequence s) { return Character.codePointCount(s, 0, s.length()); }

    /** Wraps each line written through it; passes everything else on unchanged. */
    private static final class Wrapping extends Writer {
        private final PrintWriter out;
        private final int width;
        private final StringBuilder line = new StringBuilder();

        Wrapping(PrintWriter out, int width) {
            this.out = out;
            this.width = width;
        }

        @Override public void write(char[] cbuf, int off, int len) {
            for (int i = off; i < off + len; i++) {
                char c = cbuf[i];
                if (c == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
                    for (String l : wrapLine(line.toString(), width)) out.println(l);
                    line.setLength(0);
                } else {
                    line.append(c);
                }
            }
        }

        /** Flushes what is written so far; a line not yet ended waits for its end (or for close). */
        @Override public void flush() { out.flush(); }

        @Override public void close() throws IOException {
            if (line.length() > 0) {
                for (String l : wrapLine(line.toString(), width)) out.print(l);
                line.setLength(0);
            }
            out.flush();
        }
    }
}
