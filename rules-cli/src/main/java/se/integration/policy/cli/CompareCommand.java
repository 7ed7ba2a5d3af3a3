package se.integration.policy.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.Comparisons;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;

@Command(name = "compare", mixinStandardHelpOptions = true, description = {
        "Judges each case under several versions and shows them side by side, differences marked, each side cited. "
                + "Over several cases an impact summary comes first: how many cases change authority, completeness, "
                + "eligibility, and which findings appear or disappear how often.",
        "Exit 0: compared; 2: some input invalid (each problem on stderr; the other cases are still compared); 1: a case could not be "
                + "judged (an internal fault, named on stderr with its file, line, case and rule; the others are still compared) or the output "
                + "could not be written."})
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policies", paramLabel = "ID", required = true, split = ",",
            description = "the versions to compare, comma-separated, oldest first (see `policy list`), each an id or a draft file (.json); the summary compares each with the next")
    List<String> policies;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default: wrapped to the terminal, 100 columns when not one), json (one document) or html")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day (YYYY-MM-DD) instead of its asOf; not before a case's receivedOn")
    String asOf;

    @Option(names = "--only-differences", description = "show only the rows where the versions differ (the summary counts everything)")
    boolean onlyDifferences;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + OrderedParallel.MAX_THREADS + " (default: the machine's processors)")
    Integer threads;

    @Option(names = "--temp-dir", paramLabel = "DIR", description = "where the spool file of the compared cases is written while the summary "
            + "is counted (about the size of the report; default: the system's temporary directory, java.io.tmpdir); it is deleted when "
            + "the command ends, fails, or is stopped by SIGINT or SIGTERM")
    Path tempDir;

    @Mixin Output.Option output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files (.json, .jsonl, or - for JSON lines on stdin)")
    List<String> files;

    /** How many cases between two progress lines on stderr (tests make it smaller). */
    static volatile int progressEvery = Progress.EVERY_COMPARED;

    /** A compared case, or the problems that kept it from being compared (each "path: message"), or the internal fault while it was judged. */
    record Compared(Comparison comparison, List<String> problems, String fault) {
        Compared(Comparison comparison, List<String> problems) { this(comparison, problems, null); }
    }

    @Override public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int threads = OrderedParallel.threads(this.threads);
        if (tempDir != null && !Files.isDirectory(tempDir)) throw new UserError("--temp-dir " + tempDir + ": ingen katalog / not a directory");
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UserError("--format ska vara text, json eller html, inte / must be text, json or html, not " + format);
        }
        PolicyEngine engine = PolicyEngine.create();
        List<String> given = new ArrayList<>(new LinkedHashSet<>(policies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (given.size() < 2) {
            throw new UserError("--policies behöver minst två olika versioner, kommaseparerade / needs at least two different versions, "
                    + "comma-separated (se / see `policy list`)");
        }
        List<PolicyPackage> packages = new ArrayList<>();
        for (String id : given) packages.add(Policies.resolve(engine, id));
        List<String> ids = List.copyOf(packages.stream().map(PolicyPackage::id).toList()); // a draft file by its draft's id
        if (new LinkedHashSet<>(ids).size() < ids.size()) {
            throw new UserError("--policies nämner samma version två gånger / names one version twice: " + String.join(", ", ids));
        }
        List<PolicyDefinition> definitions = packages.stream().map(PolicyPackage::definition).toList();
        Labels.Words words = Labels.Words.of(packages);
        CompareReport report = switch (format) {
            case "json" -> new CompareJson(engine);
            case "html" -> new CompareHtml(words);
            default -> new CompareText(words);
        };
        if (definitions.stream().map(PolicyDefinition::municipality).distinct().count() > 1) {
            String which = String.join(", ", definitions.stream().map(d -> d.id() + ": " + d.municipality().id()).toList());
            err.println("policy: varning: versionerna gäller olika kommuner (" + which + ") / warning: the versions are of different municipalities (" + which + ")");
        }
        LocalDate day = EvaluateCommand.parseDate(asOf);
        Inputs.check(files);
        Comparisons comparisons = new Comparisons(engine);
        ImpactSummary summary = new ImpactSummary(ids);
        long[] invalid = {0}, written = {0}, faults = {0};
        Progress progress = new Progress(err, "policy compare", new Labels.Label("ärenden", "cases"), progressEvery);
        Path spool;
        try {
            spool = Output.temporary(tempDir, "policy-compare-", ".part");
        } catch (IOException e) {
            throw new UserError("--temp-dir: mellanlagringsfilen kan inte skapas / the spool file cannot be created: " + Escape.text(Output.reason(e)));
        }
        PrintWriter out = output.open(spec.commandLine().getOut());
        if (report instanceof CompareText) out = TextLayout.wrapping(out);
        try {
            try (PrintWriter cases = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8)));
                 OrderedParallel<Inputs.Input, Compared> pipeline = new OrderedParallel<>(
                         threads, input -> compare(engine, comparisons, input, ids, day),
                         (input, compared) -> {
                             progress.tick();
                             if (compared.fault() != null) {
                                 err.println(Escape.text(input.where() + ": " + compared.fault()));
                                 faults[0]++;
                             } else if (compared.problems() != null) {
                                 for (String p : compared.problems()) err.println(Escape.text(input.where() + ": " + p));
                                 invalid[0]++;
                             } else {
                                 Comparison c = compared.comparison();
                                 summary.add(c);
                                 if (onlyDifferences) c = new Comparison(c.caseId(), c.title(), c.kind(), c.policies(), c.results(), c.differences());
                                 report.writeCase(cases, c, input.where(), ++written[0]);
                             }
                         })) {
                Inputs.forEach(files, pipeline);
                pipeline.finish();
                cases.flush();
                if (cases.checkError()) throw new IOException("kunde inte skriva mellanlagringsfilen / could not write the spool file " + spool);
            }
            progress.done();
            report.writeHead(out, definitions, summary, invalid[0]);
            try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            report.writeTail(out);
            out.flush();
            output.commit();
        } finally {
            try {
                Output.delete(spool);
            } catch (IOException e) {
                err.println(Escape.text("policy: kunde inte ta bort / could not delete " + spool + ": " + e.getMessage()));
            }
        }
        if (faults[0] > 0) {
            err.println(Faults.summary(faults[0], "ärenden", "cases"));
            return Main.INTERNAL;
        }
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    private static Compared compare(PolicyEngine engine, Comparisons comparisons, Inputs.Input input, List<String> ids, LocalDate day) {
        if (input.problem() != null) return new Compared(null, List.of(input.problem()));
        PolicyCase c = null;
        try {
            c = engine.read(input.text());
            c = EvaluateCommand.onDay(c, day);
            return new Compared(comparisons.compare(c, ids), null);
        } catch (InvalidCaseException e) {
            return new Compared(null, EvaluateCommand.problems(e, input.text(), "compare"));
        } catch (RuntimeException | StackOverflowError e) {
            if (!Faults.isCaseFault(e)) throw e;
            return new Compared(null, null, Faults.describe(c == null ? null : c.caseId(), e));
        }
    }
}
