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
        "Exit 0: compared; 2: some input invalid (each problem on stderr; the other cases are still compared); 1: internal fault."})
final class CompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policies", paramLabel = "ID", required = true, split = ",",
            description = "the versions to compare, comma-separated, oldest first (see `policy list`); the summary compares each with the next")
    List<String> policies;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or html")
    String format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day (YYYY-MM-DD) instead of its asOf")
    String asOf;

    @Option(names = "--only-differences", description = "show only the rows where the versions differ (the summary counts everything)")
    boolean onlyDifferences;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the machine's processors)")
    Integer threads;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files (.json, .jsonl, or - for JSON lines on stdin)")
    List<String> files;

    /** How many cases between two progress lines on stderr (tests make it smaller). */
    static volatile int progressEvery = Progress.EVERY_COMPARED;

    /** A compared case, or the problems that kept it from being compared (each "path: message"). */
    record Compared(Comparison comparison, List<String> problems) {}

    @Override public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UserError("--format ska vara text, json eller html, inte / must be text, json or html, not " + format);
        }
        PolicyEngine engine = PolicyEngine.create();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(policies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        if (ids.size() < 2) {
            throw new UserError("--policies behöver minst två olika versioner, kommaseparerade / needs at least two different versions, "
                    + "comma-separated (se / see `policy list`)");
        }
        List<PolicyPackage> packages = new ArrayList<>();
        for (String id : ids) {
            try {
                packages.add(engine.registry().get(id));
            } catch (PolicySelectionException e) {
                throw new UserError(e.getMessage());
            }
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
        long[] invalid = {0}, written = {0};
        Progress progress = new Progress(err, "policy compare", new Labels.Label("ärenden", "cases"), progressEvery);
        Path spool = Files.createTempFile("policy-compare-", ".part");
        try {
            try (PrintWriter cases = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8)));
                 OrderedParallel<Inputs.Input, Compared> pipeline = new OrderedParallel<>(
                         threads != null ? threads : OrderedParallel.defaultThreads(), input -> compare(engine, comparisons, input, ids, day),
                         (input, compared) -> {
                             progress.tick();
                             if (compared.problems() != null) {
                                 for (String p : compared.problems()) err.println(input.where() + ": " + p);
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
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                err.println("policy: kunde inte ta bort / could not delete " + spool + ": " + e.getMessage());
            }
        }
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    private static Compared compare(PolicyEngine engine, Comparisons comparisons, Inputs.Input input, List<String> ids, LocalDate day) {
        if (input.tooLong() != null) return new Compared(null, List.of("$: " + input.tooLong()));
        try {
            PolicyCase c = engine.read(input.text());
            if (day != null) c = c.withAsOf(day);
            return new Compared(comparisons.compare(c, ids), null);
        } catch (InvalidCaseException e) {
            return new Compared(null, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        }
    }
}
