package se.integration.policy.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import se.integration.policy.cli.Main;

/** The command line, run in this JVM: what the server must agree with. */
final class Cli {
    record Run(int code, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
