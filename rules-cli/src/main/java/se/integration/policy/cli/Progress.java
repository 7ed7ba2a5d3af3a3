package se.integration.policy.cli;

import java.io.PrintWriter;

/** Progress of a long run on stderr: a line every 100 000 records and a total at the end (only for runs that long). */
final class Progress {
    static final int EVERY = 100_000;
    private final PrintWriter err;
    private final String what;
    private final long start = System.nanoTime();
    private long count;

    Progress(PrintWriter err, String what) { this.err = err; this.what = what; }

    void tick() {
        if (++count % EVERY == 0) {
            err.printf("%s: %,d records, %,.0f a second%n", what, count, count / seconds());
            err.flush();
        }
    }

    void done() {
        if (count >= EVERY) err.printf("%s: %,d records in %.1f s%n", what, count, seconds());
    }

    long count() { return count; }

    private double seconds() { return Math.max(1e-9, (System.nanoTime() - start) / 1e9); }
}
