package se.integration.policy.cli;

import java.io.PrintWriter;

/** Progress of a long run on stderr: a line every 100 000 records (or another interval) and a total at the end (only for runs that long). */
final class Progress {
    static final int EVERY = 100_000;
    /** Compare judges each case under several versions: a line every 10 000 cases. */
    static final int EVERY_COMPARED = 10_000;
    private final PrintWriter err;
    private final int every;
    private final String what;
    private final long start = System.nanoTime();
    private long count;

    Progress(PrintWriter err, String what) { this(err, what, EVERY); }

    Progress(PrintWriter err, String what, int every) { this.err = err; this.what = what; this.every = every; }

    void tick() {
        if (++count % every == 0) {
            err.printf("%s: %,d records, %,.0f a second%n", what, count, count / seconds());
            err.flush();
        }
    }

    void done() {
        if (count >= every) err.printf("%s: %,d records in %.1f s%n", what, count, seconds());
    }

    long count() { return count; }

    private double seconds() { return Math.max(1e-9, (System.nanoTime() - start) / 1e9); }
}
