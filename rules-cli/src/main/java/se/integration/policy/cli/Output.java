package se.integration.policy.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a command's results go, with every write checked. {@link PrintWriter} keeps an {@link IOException}
 * to itself (a full disk, a closed pipe); the stream under the writers made here throws it as
 * {@link Failed} instead, so the command stops at the first failed write: a broken pipe quietly (as
 * coreutils do when the reader, such as {@code head -1}, has gone), any other failure with a message and
 * exit 1. The final flush and close are checked the same way ({@link Main}).
 *
 * <p>{@code --output FILE} ({@link Option}) writes to a temporary file beside FILE and renames it to FILE
 * when the command is done, so FILE is either the whole output or untouched. Temporary files (this one,
 * compare's spool file) are deleted when the command fails, and on SIGINT / SIGTERM by a shutdown hook.
 */
public final class Output {
    private Output() {}

    /** A write to the output failed; {@link #brokenPipe()} when the reader has gone. */
    public static final class Failed extends UncheckedIOException {
        public Failed(IOException cause) { super(cause.getMessage(), cause); }

        /** The reader of a pipe has closed it (EPIPE): stop quietly. */
        public boolean brokenPipe() {
            String m = getCause().getMessage();
            if (m == null) return false;
            m = m.toLowerCase(Locale.ROOT);
            return m.contains("broken pipe") || m.contains("pipe is being closed") || m.contains("pipe has been ended");
        }
    }

    /**
     * A stream that throws {@link Failed} where {@code out} throws an {@link IOException}, once: after that it
     * is dead (later writes, flushes and the close do nothing), so that the failure is reported once.
     */
    static final class Checked extends FilterOutputStream {
        private volatile Failed failure;

        Checked(OutputStream out) { super(out); }

        /** The first failed write, or {@code null}. */
        Failed failure() { return failure; }

        private Failed fail(IOException e) {
            Failed f = new Failed(e);
            failure = f;
            return f;
        }

        @Override public void write(int b) {
            if (failure != null) return;
            try {
                out.write(b);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override public void write(byte[] b, int off, int len) {
            if (failure != null) return;
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override public void flush() {
            if (failure != null) return;
            try {
                out.flush();
            } catch (IOException e) {
                throw fail(e);
            }
        }

        @Override public void close() {
            if (failure != null) return;
            try {
                out.close();
            } catch (IOException e) {
                throw fail(e);
            }
        }
    }

    /** A stream that throws {@link Failed} where {@code out} throws an {@link IOException} (once). */
    public static OutputStream checked(OutputStream out) { return new Checked(out); }

    /** A writer whose failed write is kept ({@link #failure()}) as well as thrown. */
    static final class Writer extends PrintWriter {
        private final Checked stream;

        Writer(Checked stream, Charset charset) {
            super(new BufferedWriter(new OutputStreamWriter(stream, charset), 1 << 16), false);
            this.stream = stream;
        }

        Failed failure() { return stream.failure(); }
    }

    /** The failed write of a writer made here, or {@code null} (also for any other writer). */
    static Failed failure(PrintWriter w) { return w instanceof Writer cw ? cw.failure() : null; }

    /** A writer over {@code out} (a 64 KiB buffer, the platform's encoding) whose failed writes throw {@link Failed}. */
    public static PrintWriter writer(OutputStream out) { return writer(out, Charset.defaultCharset()); }

    static PrintWriter writer(OutputStream out, Charset charset) { return new Writer(new Checked(out), charset); }

    // ------------------------------------------------------------------------------ temporary files

    /** The temporary files not yet deleted, each with the thread whose command made it. */
    private static final Map<Path, Thread> TEMPORARY = new ConcurrentHashMap<>();

    static {
        Thread hook = new Thread(Output::deleteTemporaryFiles, "policy-delete-temporary-files");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A temporary file to delete if the command does not finish with it (an error, SIGINT, SIGTERM). */
    static Path temporary(Path dir, String prefix, String suffix) throws IOException {
        Path p = dir == null ? Files.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix);
        TEMPORARY.put(p, Thread.currentThread());
        return p;
    }

    /** Deletes a temporary file now (and forgets it). */
    static void delete(Path p) throws IOException {
        try {
            Files.deleteIfExists(p);
        } finally {
            TEMPORARY.remove(p);
        }
    }

    /** Deletes the temporary files this thread's command left (it failed): after a command. */
    static void deleteTemporaryFilesOfThisThread() {
        Thread me = Thread.currentThread();
        for (Map.Entry<Path, Thread> e : TEMPORARY.entrySet()) {
            if (e.getValue() != me) continue;
            try {
                Files.deleteIfExists(e.getKey());
            } catch (IOException | RuntimeException x) {
                // the shutdown hook tries again
                continue;
            }
            TEMPORARY.remove(e.getKey());
        }
    }

    /** Deletes every temporary file still there: on the way out of the JVM (SIGINT, SIGTERM, exit). */
    static void deleteTemporaryFiles() {
        for (Path p : TEMPORARY.keySet()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // nothing more to do on the way out
            }
            TEMPORARY.remove(p);
        }
    }

    /** The temporary files not yet deleted (for tests). */
    static Set<Path> temporaryFiles() { return Set.copyOf(TEMPORARY.keySet()); }

    // ------------------------------------------------------------------------------ --output FILE

    /** {@code --output FILE}, for the commands that write results. */
    static final class Option {
        @picocli.CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {
                "write to FILE instead of stdout: into a temporary file beside it, renamed to FILE when the command is done "
                        + "(also when some inputs were invalid or could not be judged), so FILE is never left half-written; "
                        + "on a failure or SIGINT/SIGTERM the temporary file is deleted and FILE left as it was"})
        String file;

        private PrintWriter writer;
        private Path temporary;

        /** The writer of the results: the command's stdout, or the temporary file for FILE. */
        PrintWriter open(PrintWriter stdout) {
            if (file == null) return writer = stdout;
            Path target = Path.of(file).toAbsolutePath();
            if (Files.isDirectory(target)) throw new UserError("--output " + file + ": är en katalog / is a directory");
            try {
                temporary = temporary(target.getParent(), "." + target.getFileName() + ".", ".part");
                writer = writer(Files.newOutputStream(temporary), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("--output " + file + ": kan inte skrivas / cannot be written: " + Escape.text(reason(e)));
            }
            return writer;
        }

        /** Writes out the rest and, for FILE, closes it and renames it to FILE. */
        void commit() {
            writer.flush();
            if (writer.checkError()) throw new Failed(new IOException("the output could not be written"));
            if (temporary == null) return;
            writer.close();
            Path target = Path.of(file).toAbsolutePath();
            try {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
                TEMPORARY.remove(temporary);
            } catch (IOException e) {
                throw new Failed(e);
            }
        }
    }

    /** An exception's reason as a person reads it: "permission denied" for the exception that means that. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "åtkomst nekas / permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "filen eller katalogen finns inte / no such file or directory";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
