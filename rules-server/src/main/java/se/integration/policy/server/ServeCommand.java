package se.integration.policy.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policy serve}: the launcher {@code ./policy} runs this module's jar for {@code serve} (every
 * other command runs rules-cli's jar). Serves until stopped (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serves the JSON API (/openapi.json) and the analysts' workbench (/) with one warm engine.",
        "Listens on 127.0.0.1 only unless --host names another address and --allow-remote is given (docs/security.md).",
        "Exit 2: invalid options or the port is taken."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "address to listen on (default 127.0.0.1)")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8400", description = "port (default 8400; 0: any free port)")
    int port;

    @Option(names = "--corpus", paramLabel = "DIR", description = "the workbench's cases: the .json/.jsonl files in DIR (default: the bundled examples)")
    Path corpus;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30", description = "the most one request may take (default 30)")
    int timeLimit;

    @Option(names = "--allow-remote", description = "allow --host to name an address other than loopback: anyone who reaches it can use the server "
            + "(no authentication, no TLS; see docs/security.md)")
    boolean allowRemote;

    /** Set by {@link #call()} once the server is up (tests stop it through this). */
    volatile PolicyServer server;
    final CountDownLatch started = new CountDownLatch(1);

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) args = java.util.Arrays.copyOfRange(args, 1, args.length);
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.setCommandName("policy serve");
        cl.setExecutionExceptionHandler((ex, c, parse) -> {
            c.getErr().println("policy serve: " + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        if (code != 0) System.exit(code);
    }

    @Override public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!loopback(host) && !allowRemote) {
            err.println("policy serve: " + host + " är ingen loopback-adress; lägg till --allow-remote om servern ska nås därifrån (se docs/security.md) / "
                    + "is not a loopback address; add --allow-remote if the server is to be reached from there (see docs/security.md)");
            return 2;
        }
        if (timeLimit < 1) {
            err.println("policy serve: --time-limit måste vara minst 1 / must be at least 1");
            return 2;
        }
        PolicyServer.Options options = PolicyServer.Options.defaults().withHost(host).withPort(port).withTimeLimit(Duration.ofSeconds(timeLimit));
        if (corpus != null) options = options.withCorpus(Corpus.folder(corpus));
        server = PolicyServer.start(options);
        if (!loopback(host)) err.println("policy serve: varning: nås från nätet, utan inloggning / warning: reachable from the network, without authentication");
        out.println("policy serve: " + server.url() + "/  (arbetsbänk / workbench; API: " + server.url() + "/openapi.json; Ctrl-C stoppar / stops)");
        out.flush();
        PolicyServer s = server;
        Runtime.getRuntime().addShutdownHook(new Thread(s::close, "policy-serve-stop"));
        started.countDown();
        Thread.currentThread().join(); // until the JVM is stopped
        return 0;
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
