package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long run on stderr, Swedish first and English beside: a line every 100 000 records
 * (or another interval), {@code "policy compare: 10 000 ärenden / cases, 812 per sekund / a second"},
 * and a total at the end (only for runs that long).
 */
final class Progress {
    static final int EVERY = 100_000;
    /** Compare judges each case under several versions: a line every 10 000 cases. */
    static final int EVERY_COMPARED = 10_000;
    static final Labels.Label RECORDS = new Labels.Label("poster", "records");
    private final PrintWriter err;
    private final int every;
    private final String what;
    private final Labels.Label unit;
    private final long start = System.nanoTime();
    private long count;

    Progress(PrintWriter err, String what) { this(err, what, EVERY); }

    Progress(PrintWriter err, String what, int every) { this(err, what, RECORDS, every); }

    /** Counts {@code unit}s ("ärenden / cases"), a line every {@code every} of them. */
    Progress(PrintWriter err, String what, Labels.Label unit, int every) {
        if (every < 1) throw new IllegalArgumentException("every must be at least 1");
        this.err = err;
        this.what = what;
        this.unit = unit;
        this.every = every;
    }

    void tick() {
        if (++count % every == 0) {
            err.println(what + ": " + number(count) + " " + unit.text() + ", " + number(Math.round(count / seconds())) + " per sekund / a second");
            err.flush();
        }
    }

    void done() {
        if (count >= every) {
            String s = String.format(Locale.ROOT, "%.1f", seconds());
            err.println(what + ": " + number(count) + " " + unit.text() + " på " + s.replace('.', ',') + " s / in " + s + " s");
            err.flush();
        }
    }

    long count() { return count; }

    /** 10 000 with a no-break space between thousands, as the messages write amounts. */
    static String number(long n) { return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00a0'); }

    private double seconds() { return Math.max(1e-9, (System.nanoTime() - start) / 1e9); }
}
