package se.integration.policy.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackageException;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.ContractDates;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Result;

@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Judges each case: a .json file, or .jsonl with one case a line.",
        "Without --policy, the version in force for the case's municipality on its date (receivedOn, else asOf)."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID", description = "judge under this version (see `policy list`), or a draft file (.json)")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day (YYYY-MM-DD) instead of its asOf; a day before a case's receivedOn is refused for that case (exit 2)")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default: wrapped to the terminal, 100 columns when not one), json (one result a line: JSON lines, a stream like .jsonl input) or html (one self-contained page)", defaultValue = "text")
    String format;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files (.json, .jsonl, or - for JSON lines on stdin)")
    List<String> files;

    @Mixin Output.Option output;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("json", "text", "html").contains(format)) throw new UserError("--format must be json, text or html, not " + format);
        LocalDate day = parseDate(asOf);
        int threads = threads();
        Inputs.check(files);
        PolicyEngine engine = PolicyEngine.create();
        java.util.List<se.integration.policy.core.PolicyPackage> known = new java.util.ArrayList<>(engine.registry().all());
        if (policy != null) {
            se.integration.policy.core.PolicyPackage named = Policies.resolve(engine, policy);
            policy = named.id();
            if (named.definition().draft()) known.add(named);
        }
        PrintWriter out = output.open(spec.commandLine().getOut());
        Labels.Words words = Labels.Words.of(known);
        TextReport text = new TextReport(format.equals("text") ? TextLayout.wrapping(out) : out, words);
        ResultHtml html = format.equals("html") ? new ResultHtml(out, words) : null;
        if (html != null) html.start();
        int[] invalid = {0}, faults = {0};
        Progress progress = new Progress(err, "evaluate");
        boolean json = format.equals("json");
        try (OrderedParallel<Inputs.Input, Judged> pipeline = new OrderedParallel<>(threads, input -> judge(engine, input, day, json),
                (input, judged) -> {
                    progress.tick();
                    if (judged.fault() != null) {
                        err.println(Escape.text(input.where() + ": " + judged.fault()));
                        faults[0]++;
                    } else if (judged.problems() != null) {
                        for (String p : judged.problems()) err.println(Escape.text(input.where() + ": " + p));
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
        output.commit();
        if (faults[0] > 0) {
            err.println(Faults.summary(faults[0], "ärenden", "cases"));
            return Main.INTERNAL;
        }
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + OrderedParallel.MAX_THREADS + " (default: the machine's processors)")
    Integer threads;

    int threads() { return OrderedParallel.threads(threads); }

    /**
     * A judged case (with its JSON line, written by the worker that judged it, for --format json), or
     * the problems that kept it from being judged (each "path: message"), or the internal fault that
     * happened while it was judged ("ärende / case ID: internt fel / internal fault …").
     */
    record Judged(Result result, String json, List<String> problems, String fault) {
        Judged(Result result, String json, List<String> problems) { this(result, json, problems, null); }
    }

    private Judged judge(PolicyEngine engine, Inputs.Input input, LocalDate day, boolean json) {
        if (input.problem() != null) return new Judged(null, null, List.of(input.problem()));
        PolicyCase c = null;
        try {
            c = engine.read(input.text());
            c = onDay(c, day);
            Result result = policy == null ? engine.evaluate(c) : engine.evaluate(c, policy);
            return new Judged(result, json ? engine.toJson(result) : null, null);
        } catch (InvalidCaseException e) {
            return new Judged(null, null, problems(e, input.text(), "evaluate"));
        } catch (PolicySelectionException e) {
            return new Judged(null, null, List.of((e.path() != null ? e.path() : "$.municipality") + ": "
                    + e.withAdvice(NAME_ONE_WITH_POLICY).getMessage()));
        } catch (PolicyPackageException e) {
            // a broken package (two versions in force on one day, say) is the error of the cases it would judge
            return new Judged(null, null, List.of("$.municipality: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            if (!Faults.isCaseFault(e)) throw e;
            return new Judged(null, null, null, Faults.describe(c == null ? null : c.caseId(), e));
        }
    }

    /**
     * The problems of a text that is not a case, each "path: message"; a recorded decision or a result is named as
     * one (what the reader would say of it, a missing {@code $.kind} and every other field, helps no one).
     */
    static List<String> problems(InvalidCaseException e, String text, String command) {
        Replay.Document what = Replay.Document.OTHER;
        try {
            what = Replay.classify(text);
        } catch (RuntimeException malformed) {
            // the reader's own problems say what is wrong with it
        }
        return switch (what) {
            case RECORDED_DECISION -> List.of("$: detta är ett registrerat beslut {\"case\": …, \"expected\": …}, inte ett ärende: "
                    + "`policy replay` bedömer det / this is a recorded decision, not a case: `policy replay` judges it");
            case RESULT -> List.of("$: detta är ett resultat, inte ett ärende / this is a result (of `policy evaluate --format json`), "
                    + "not a case; `policy " + command + "` reads cases");
            default -> e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        };
    }

    /** The advice where no version is in force on a case's date: the command line names one with --policy. */
    static final String NAME_ONE_WITH_POLICY = "ange en med --policy för att bedöma ändå / name one with --policy to judge under it anyway";

    /**
     * The case judged on {@code day} (--as-of) where that is given. A day before the case's {@code receivedOn} is
     * refused as that case's invalid input: judged before it came in, a 2024 report would count as met in 2010.
     */
    static PolicyCase onDay(PolicyCase c, LocalDate day) {
        if (day == null) return c;
        if ("$.receivedOn".equals(c.referenceDatePath()) && c.referenceDate() != null && c.referenceDate().isAfter(day)) {
            throw new InvalidCaseException("$.receivedOn", asOfBeforeReceived(day, c.referenceDate()));
        }
        return c.withAsOf(day);
    }

    static String asOfBeforeReceived(LocalDate day, LocalDate received) {
        return "--as-of " + day + " är före ärendets receivedOn " + received + ": ett ärende bedöms inte innan det kom in"
                + " / --as-of is before the case's receivedOn: a case is not judged before it was received";
    }

    static LocalDate parseDate(String s) {
        if (s == null) return null;
        if (!ContractDates.isDate(s)) throw new UserError("--as-of must be a date YYYY-MM-DD, not " + s);
        return LocalDate.parse(s);
    }
}
