package se.integration.policy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
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
    /**
     * One document with where it came from: the file, and the line for JSON lines; or, instead of its text,
     * the problem that kept it from being read ({@code "$: the line is longer than …"}, {@code "kan inte
     * läsas / cannot be read: permission denied"}), written after {@code FILE:LINE: }.
     */
    record Input(String file, int line, String text, String problem) {
        String where() { return line > 0 ? file + ":" + line : file; }

        /** Its size in characters (what it holds in memory while it waits to be judged). */
        long weight() { return text == null ? 0 : text.length(); }
    }

    private Inputs() {}

    static void check(List<String> files) {
        for (String f : files) {
            if (f.equals("-")) continue;
            Path p = Path.of(f);
            if (Files.isDirectory(p)) {
                throw new UserError(f + ": är en katalog; ange filerna (.json, .jsonl) / is a directory; name the files (.json, .jsonl)");
            }
            if (!Files.exists(p)) throw new UserError(f + ": filen finns inte / no such file");
            if (!Files.isRegularFile(p)) throw new UserError(f + ": är ingen vanlig fil / is not a regular file");
            if (!f.endsWith(".json") && !f.endsWith(".jsonl")) {
                throw new UserError(f + ": en .json- eller .jsonl-fil väntades / expected a .json or .jsonl file");
            }
        }
    }

    /**
     * Calls {@code sink} with each document of each file in order. A file that cannot be read (permission
     * denied, an I/O error while reading) is handed on as one input with that problem, and the next file is
     * read as usual.
     */
    static void forEach(List<String> files, Consumer<Input> sink) {
        for (String f : files) {
            int[] n = {0};
            try {
                if (f.endsWith(".json")) {
                    Path p = Path.of(f);
                    long size = Files.size(p);
                    if (size > Limits.MAX_DOCUMENT_BYTES) {
                        sink.accept(new Input(f, 0, null, "$: the file is " + size + " bytes; a case may be at most " + Limits.MAX_DOCUMENT_BYTES));
                        continue;
                    }
                    sink.accept(new Input(f, 0, decode(Files.readAllBytes(p)), null));
                } else {
                    // bytes, a line at a time, each decoded on its own: a line that is not UTF-8 is
                    // reported at its own line number and the lines around it are still judged
                    InputStream in = f.equals("-") ? System.in : Files.newInputStream(Path.of(f));
                    try {
                        LineReader lines = new LineReader(in);
                        while (lines.hasNext()) {
                            n[0]++;
                            String line = lines.next();
                            if (lines.truncated) {
                                sink.accept(new Input(f, n[0], null, "$: the line is longer than " + Limits.MAX_DOCUMENT_BYTES + " bytes"));
                            } else if (lines.badEncoding) {
                                sink.accept(new Input(f, n[0], null, "$: the line is not valid UTF-8"));
                            } else if (!line.isBlank()) {
                                sink.accept(new Input(f, n[0], line, null));
                            }
                        }
                    } finally {
                        if (in != System.in) in.close();
                    }
                }
            } catch (CharacterCodingException e) {
                sink.accept(new Input(f, 0, null, "$: the input is not valid UTF-8"));
            } catch (NoSuchFileException e) {
                sink.accept(new Input(f, 0, null, "filen finns inte / no such file"));
            } catch (IOException e) {
                sink.accept(new Input(f, n[0] > 0 ? n[0] + 1 : 0, null, unreadable(e)));
            } catch (ReadFailed e) {
                sink.accept(new Input(f, n[0] > 0 ? n[0] + 1 : 0, null, unreadable(e.getCause())));
            }
        }
    }

    /** Reading an input failed (not a write: a failed write is {@link Output.Failed} and ends the command). */
    static final class ReadFailed extends UncheckedIOException {
        ReadFailed(IOException cause) { super(cause); }
    }

    /** The problem of a file that cannot be read: "permission denied", or the system's reason. */
    static String unreadable(IOException e) {
        return "kan inte läsas / cannot be read: " + Output.reason(e);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Reads lines of bytes (a line ends at {@code \n}; a {@code \r} before it is dropped) and decodes
     * each as UTF-8 on its own. A line longer than the document limit (in bytes, without its {@code \r\n}
     * or {@code \n}) is cut (and marked)
     * so memory stays bounded; a line that is not UTF-8 is marked and the next line is read as usual.
     * Reads a block at a time; a line that lies whole in the block is decoded from it without copying.
     */
    static final class LineReader implements Iterator<String> {
        static final int BLOCK = 1 << 16;
        private final InputStream in;
        private final byte[] chunk = new byte[BLOCK];
        private int pos, end;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private boolean ready, done, nextCut, nextBad;
        private String next;
        /** The line last returned was longer than the limit (its text is not returned). */
        boolean truncated;
        /** The line last returned is not valid UTF-8 (its text is not returned). */
        boolean badEncoding;

        LineReader(InputStream in) { this.in = in; }

        @Override public boolean hasNext() {
            if (ready) return true;
            if (done) return false;
            try {
                line.reset();
                boolean cut = false, any = false, newline = false, whole = false;
                int wholeFrom = 0, wholeLength = 0;
                while (!newline) {
                    if (pos == end) {
                        end = in.read(chunk, 0, chunk.length);
                        pos = 0;
                        if (end <= 0) { end = 0; done = true; break; }
                    }
                    any = true;
                    int from = pos;
                    while (pos < end && chunk[pos] != '\n') pos++;
                    int length = pos - from;
                    if (pos < end) { newline = true; pos++; }
                    if (newline && line.size() == 0 && !cut && length <= Limits.MAX_DOCUMENT_BYTES + 1) {
                        whole = true; // the whole line is in the block: decode it from there
                        wholeFrom = from;
                        wholeLength = length;
                        break;
                    }
                    // one byte over the limit is kept: it may be the \r of a \r\n ending, which is not the line's
                    int room = Limits.MAX_DOCUMENT_BYTES + 1 - line.size();
                    if (length > room) cut = true;
                    line.write(chunk, from, Math.min(length, Math.max(room, 0)));
                }
                if (!any) return false;
                byte[] bytes;
                int from, length;
                if (whole) {
                    bytes = chunk;
                    from = wholeFrom;
                    length = wholeLength;
                } else {
                    bytes = line.toByteArray();
                    from = 0;
                    length = bytes.length;
                }
                if (length > 0 && bytes[from + length - 1] == '\r') length--;
                if (length > Limits.MAX_DOCUMENT_BYTES) cut = true;
                nextCut = cut;
                nextBad = false;
                next = "";
                if (!cut) {
                    try {
                        next = decoder.decode(ByteBuffer.wrap(bytes, from, length)).toString();
                    } catch (CharacterCodingException e) {
                        nextBad = true;
                    }
                }
                ready = true;
                return true;
            } catch (IOException e) {
                throw new ReadFailed(e);
            }
        }

        @Override public String next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            truncated = nextCut;
            badEncoding = nextBad;
            return next;
        }
    }
}
