package se.integration.policy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import se.integration.policy.core.model.Limits;

/**
 * The documents of the input files, in order: a {@code .json} file is one document, a {@code .jsonl}
 * file one document a line (blank lines skipped), {@code -} is standard input read as JSON lines.
 * Streams: a file of any length is read a line at a time.
 */
final class Inputs {
    /** One document with where it came from: the file, and the line for JSON lines. */
    record Input(String file, int line, String text, String tooLong) {
        String where() { return line > 0 ? file + ":" + line : file; }

        /** Its size in characters (what it holds in memory while it waits to be judged). */
        long weight() { return text == null ? 0 : text.length(); }
    }

    private Inputs() {}

    static void check(List<String> files) {
        for (String f : files) {
            if (f.equals("-")) continue;
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) throw new UserError(f + ": no such file");
            if (!f.endsWith(".json") && !f.endsWith(".jsonl")) throw new UserError(f + ": expected a .json or .jsonl file");
        }
    }

    /** Calls {@code sink} with each document of each file in order. */
    static void forEach(List<String> files, Consumer<Input> sink) {
        for (String f : files) {
            try {
                if (f.endsWith(".json")) {
                    Path p = Path.of(f);
                    long size = Files.size(p);
                    if (size > Limits.MAX_DOCUMENT_BYTES) {
                        sink.accept(new Input(f, 0, null, "the file is " + size + " bytes; a case may be at most " + Limits.MAX_DOCUMENT_BYTES));
                        continue;
                    }
                    sink.accept(new Input(f, 0, decode(Files.readAllBytes(p)), null));
                } else {
                    try (BufferedReader r = f.equals("-")
                            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)))
                            : new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(f)),
                                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
                        LineReader lines = new LineReader(r);
                        int n = 0;
                        while (lines.hasNext()) {
                            n++;
                            String line = lines.next();
                            if (lines.badEncoding) {
                                sink.accept(new Input(f, n, null, "the input is not valid UTF-8 (the rest of the file is not read)"));
                            } else if (lines.truncated) {
                                sink.accept(new Input(f, n, null, "the line is longer than " + Limits.MAX_DOCUMENT_BYTES + " characters"));
                            } else if (!line.isBlank()) {
                                sink.accept(new Input(f, n, line, null));
                            }
                        }
                    }
                }
            } catch (CharacterCodingException e) {
                sink.accept(new Input(f, 0, null, "the input is not valid UTF-8"));
            } catch (NoSuchFileException e) {
                throw new UserError(f + ": no such file");
            } catch (IOException e) {
                throw new UncheckedIOException(f + ": " + e.getMessage(), e);
            }
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Reads lines, cutting any line longer than the document limit (and marking it) so memory stays
     * bounded. Reads the text a block at a time (as many characters as {@code BufferedReader} reads at
     * once) and finds the line ends in the block, rather than a character at a time.
     */
    static final class LineReader implements Iterator<String> {
        static final int BLOCK = 8192;
        private final Reader reader;
        private final char[] block = new char[BLOCK];
        private int pos, end;
        private boolean eof;
        private String next;
        private boolean done;
        boolean truncated;

        LineReader(Reader reader) { this.reader = reader; }

        @Override public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            try {
                StringBuilder sb = null;
                boolean cut = false, any = false, ended = false;
                while (!ended) {
                    if (pos == end) {
                        if (eof) break;
                        int n = reader.read(block, 0, BLOCK);
                        if (n < 0) {
                            eof = true;
                            break;
                        }
                        pos = 0;
                        end = n;
                        continue;
                    }
                    any = true;
                    int stop = pos;
                    while (stop < end && block[stop] != '\n') stop++;
                    ended = stop < end;
                    if (sb == null && ended && stop - pos <= Limits.MAX_DOCUMENT_BYTES) {
                        next = new String(block, pos, stop - pos); // the whole line is in the block
                    } else {
                        if (sb == null) sb = new StringBuilder(Math.min(Limits.MAX_DOCUMENT_BYTES, Math.max(16, 2 * (stop - pos))));
                        int room = Limits.MAX_DOCUMENT_BYTES - sb.length();
                        int take = Math.min(room, stop - pos);
                        sb.append(block, pos, take);
                        if (take < stop - pos) cut = true;
                    }
                    pos = ended ? stop + 1 : stop;
                }
                if (!any) {
                    done = true;
                    return false;
                }
                if (!ended) done = true;
                if (next == null) next = sb.toString();
                if (next.endsWith("\r")) next = next.substring(0, next.length() - 1);
                pendingCut = cut;
                return true;
            } catch (CharacterCodingException e) {
                badEncoding = true;
                done = true;
                next = "";
                pendingCut = false;
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean pendingCut;
        /** The input stopped being valid UTF-8; the current "line" marks where. */
        boolean badEncoding;

        @Override public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            String s = next;
            next = null;
            truncated = pendingCut;
            return s;
        }
    }
}
