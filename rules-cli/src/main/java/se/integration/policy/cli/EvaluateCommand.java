package se.integration.policy.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.result.Result;

@Command(name = "evaluate", description = {
        "Judges each case: a .json file, or .jsonl with one case a line.",
        "Without --policy, the version in force for the case's municipality on its date (receivedOn, else asOf)."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID", description = "judge under this version (see `policy list`)")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day (YYYY-MM-DD) instead of its asOf")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (one result a line), text (default) or html (one self-contained page)", defaultValue = "text")
    String format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files (.json, .jsonl, or - for JSON lines on stdin)")
    List<String> files;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!List.of("json", "text", "html").contains(format)) throw new UserError("--format must be json, text or html, not " + format);
        LocalDate day = parseDate(asOf);
        Inputs.check(files);
        PolicyEngine engine = PolicyEngine.create();
        if (policy != null) {
            try {
                engine.registry().get(policy);
            } catch (PolicySelectionException | PolicyPackageException e) {
                throw new UserError(e.getMessage());
            }
        }
        Labels.Words words = Labels.Words.of(engine.registry().all());
        TextReport text = new TextReport(out, words);
        ResultHtml html = format.equals("html") ? new ResultHtml(out, words) : null;
        if (html != null) html.start();
        int[] invalid = {0};
        Progress progress = new Progress(err, "evaluate");
        boolean json = format.equals("json");
        try (OrderedParallel<Inputs.Input, Judged> pipeline = new OrderedParallel<>(threads(), input -> judge(engine, input, day, json),
                (input, judged) -> {
                    progress.tick();
                    if (judged.problems() != null) {
                        for (String p : judged.problems()) err.println(input.where() + ": " + p);
                        invalid[0]++;
                    } else if (json) {
                        out.println(judged.json());
                    } else if (html != null) {
                        html.print(judged.result(), input.where());
                    } else {
                        text.print(judged.result());
                    }
                }, Inputs.Input::weight)) {
            Inputs.forEach(files, pipeline);
            pipeline.finish();
        }
        progress.done();
        if (html != null) html.end();
        out.flush();
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the machine's processors)")
    Integer threads;

    int threads() { return threads != null ? threads : OrderedParallel.defaultThreads(); }

    /**
     * A judged case (with its JSON line, written by the worker that judged it, for --format json), or
     * the problems that kept it from being judged (each "path: message").
     */
    record Judged(Result result, String json, List<String> problems) {}

    private Judged judge(PolicyEngine engine, Inputs.Input input, LocalDate day, boolean json) {
        if (input.tooLong() != null) return new Judged(null, null, List.of("$: " + input.tooLong()));
        try {
            PolicyCase c = engine.read(input.text());
            if (day != null) c = c.withAsOf(day);
            Result result = policy == null ? engine.evaluate(c) : engine.evaluate(c, policy);
            return new Judged(result, json ? engine.toJson(result) : null, null);
        } catch (InvalidCaseException e) {
            return new Judged(null, null, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        } catch (PolicySelectionException e) {
            return new Judged(null, null, List.of((e.path() != null ? e.path() : "$.municipality") + ": "
                    + e.withAdvice(NAME_ONE_WITH_POLICY).getMessage()));
        } catch (PolicyPackageException e) {
            // a broken package (two versions in force on one day, say) is the error of the cases it would judge
            return new Judged(null, null, List.of("$.municipality: " + e.getMessage()));
        }
    }

    /** The advice where no version is in force on a case's date: the command line names one with --policy. */
    static final String NAME_ONE_WITH_POLICY = "ange en med --policy för att bedöma ändå / name one with --policy to judge under it anyway";

    static LocalDate parseDate(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new UserError("--as-of must be a date YYYY-MM-DD, not " + s);
        }
    }
}
