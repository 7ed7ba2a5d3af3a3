package se.integration.policy.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policy}: the command line of contract §3. Exit codes: 0 judged (whatever the findings),
 * 2 invalid input (one line per problem on stderr, naming file, line and JSON path), 1 internal
 * fault (also a case that could not be judged, or a failed write to the output), 3 (replay) some recorded
 * decisions disagree; a command whose output pipe is closed by its reader stops quietly with 141 (128 + SIGPIPE).

 * A broken policy package (two versions of one municipality in force on one day, two packages with one id) is set aside:
 * the others still work, and a case that would be judged under it is that case's error (exit 2, naming the packages and the dates).
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Judges integration-policy cases under Swedish municipalities' guideline versions.",
        footer = {"", "Exit: 0 done; 2 invalid input (one line a problem on stderr: file, line, JSON path; the other cases are still judged; also a case that would be judged under a broken policy package, which is set aside while the others still work); "
                + "3 replay: some recorded decisions disagree; 1 a case could not be judged (an internal fault, named with its file, line, "
                + "case and rule; the others are still judged) or the output could not be written; 141 the output pipe was closed by its "
                + "reader (as `| head`), quietly. Text from cases is shown escaped (control characters, U+2028/U+2029 and direction "
                + "marks as \\uXXXX). Without --output, stdout can end mid-line when the process is killed."},
        subcommands = {ListCommand.class, EvaluateCommand.class, CompareCommand.class, DiffCommand.class, CoverageCommand.class, ReplayCommand.class, RecordCommand.class, SchemaCommand.class, NewVersionCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static final int OK = 0, INTERNAL = 1, INVALID = 2, DISAGREE = 3;

    /** The exit code of a command stopped by a broken pipe (its reader has gone): 128 + SIGPIPE, as coreutils end. */
    public static final int BROKEN_PIPE = 141;

    public static void main(String[] args) {
        // Results go out through a large buffer, flushed when the command is done (run flushes): a stream of a
        // million results is not a million small writes. The encoding is the one PrintWriter(System.out) used.
        // Every write is checked (Output): a failed write stops the command with exit 1, a broken pipe quietly.
        PrintWriter out = Output.writer(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(args, out, err);
        try {
            out.close(); // a failed close is a failed write (after an earlier failure, close does nothing)
        } catch (Output.Failed f) {
            code = failed(f, err);
        }
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        boolean[] reported = {false};
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof Output.Failed f) {
                reported[0] = true;
                return failed(f, err);
            }
            if (ex instanceof UserError u) {
                // a message of several lines (a draft's problems, one a line) keeps its lines; each is escaped
                String[] lines = u.getMessage().split("\n", -1);
                for (int i = 0; i < lines.length; i++) err.println((i == 0 ? "policy: " : "") + Escape.text(lines[i]));
                return INVALID;
            }
            if (ex instanceof se.integration.policy.core.PolicyPackageException p) {
                // a broken package is an error of the installation the user can act on, not a fault of the program
                err.println("policy: " + Escape.text(p.getMessage()));
                return INVALID;
            }
            err.println("policy: internal error: " + Escape.text(ex));
            if (System.getenv("POLICY_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set POLICY_DEBUG=1 to see the stack trace)");
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            err.println("policy: " + Escape.text(ex.getMessage()));
            ex.getCommandLine().usage(err);
            return INVALID;
        });
        // --help and --version write to out before any command runs: a failed write there is handled here
        CommandLine.IExecutionStrategy last = new CommandLine.RunLast();
        cl.setExecutionStrategy(parseResult -> {
            try {
                return last.execute(parseResult);
            } catch (Output.Failed f) {
                reported[0] = true;
                return failed(f, err);
            }
        });
        int code;
        try {
            code = cl.execute(args);
            out.flush();
        } catch (Output.Failed f) {
            code = reported[0] ? code(f) : failed(f, err);
            reported[0] = true;
        } finally {
            Output.deleteTemporaryFilesOfThisThread();
        }
        Output.Failed f = Output.failure(out);
        if (f != null && !reported[0]) code = failed(f, err);
        else if (f == null && out.checkError()) code = failed(new Output.Failed(new java.io.IOException("the output could not be written")), err);
        err.flush();
        return code;
    }

    private static int code(Output.Failed f) { return f.brokenPipe() ? BROKEN_PIPE : INTERNAL; }

    /** A failed write to the output: quietly {@link #BROKEN_PIPE} when the reader has gone, else a message and exit 1. */
    static int failed(Output.Failed f, PrintWriter err) {
        if (f.brokenPipe()) return BROKEN_PIPE;
        err.println("policy: kunde inte skriva utdata / could not write the output: " + Escape.text(f.getMessage()));
        err.flush();
        return INTERNAL;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"policy " + (v == null ? "(development build)" : v) + ", contract version 1"};
        }
    }
}
