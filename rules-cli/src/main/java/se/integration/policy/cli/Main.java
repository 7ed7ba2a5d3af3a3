package se.integration.policy.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code policy}: the command line of contract §3. Exit codes: 0 judged (whatever the findings),
 * 2 invalid input (one line per problem on stderr, naming file, line and JSON path), 1 internal
 * fault, 3 (replay) some recorded decisions disagree. A broken policy package (two versions of one municipality in
 * force on one day, two packages with one id) is set aside: the others still work, and a case that would be judged
 * under it is that case's error (exit 2, naming the packages and the dates).
 */
@Command(name = "policy", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Judges integration-policy cases under Swedish municipalities' guideline versions.",
        subcommands = {ListCommand.class, EvaluateCommand.class, CompareCommand.class, DiffCommand.class, ReplayCommand.class, RecordCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:judged (whatever the findings)", "1:an internal fault of the program",
                "2:invalid input, no version for a case, or a broken policy package that a case would be judged under",
                "3:(replay) some recorded decisions disagree"})
public final class Main {
    public static final int OK = 0, INTERNAL = 1, INVALID = 2, DISAGREE = 3;

    public static void main(String[] args) {
        // Results go out through a large buffer, flushed when the command is done (run flushes): a stream of a
        // million results is not a million small writes. The encoding is the one PrintWriter(System.out) used.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), Charset.defaultCharset()), 1 << 16), false);
        System.exit(run(args, out, new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError u) {
                err.println("policy: " + u.getMessage());
                return INVALID;
            }
            if (ex instanceof se.integration.policy.core.PolicyPackageException p) {
                // a broken package is an error of the installation the user can act on, not a fault of the program
                err.println("policy: " + p.getMessage());
                return INVALID;
            }
            err.println("policy: internal error: " + ex);
            if (System.getenv("POLICY_DEBUG") != null) ex.printStackTrace(err);
            else err.println("(set POLICY_DEBUG=1 to see the stack trace)");
            return INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args2) -> {
            err.println("policy: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return INVALID;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"policy " + (v == null ? "(development build)" : v) + ", contract version 1"};
        }
    }
}
