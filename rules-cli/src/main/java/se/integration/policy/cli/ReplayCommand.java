package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.Disagreement;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;

@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Re-judges recorded decisions (one {\"case\", \"policy\"?, \"expected\"} a line) and reports each disagreement.",
        "Each record is judged under the version it names (without \"policy\", the one in force on the case's date) and compared "
                + "only on what \"expected\" states; decision.consultations, priority.areas, priority.factors and repayment.grounds "
                + "are compared as sets. Each disagreement is a line on stdout: file:line, the case, the field in Swedish with English "
                + "beside it, the recorded value and the value now; then \"N passed, M failed\". Invalid records are named on stderr "
                + "(the others are still replayed); progress goes to stderr every 10 000 records. A last line cut short (a `record` "
                + "output killed mid-line) is named as invalid input and every whole line is replayed.",
        "Exit 0: all agree; 3: some disagree; 2: some records are invalid input; 1: a record could not be judged (an internal fault, "
                + "named on stderr with its file, line, case and rule; the others are still replayed) or the output could not be written."})
final class ReplayCommand implements Callable<Integer> {
    /** Progress every this many records (and a total at the end of a run at least this long). */
    static final int PROGRESS_EVERY = 10_000;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".jsonl files of recorded decisions (or .json, one record; - for stdin)")
    List<String> files;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + OrderedParallel.MAX_THREADS + " (default: the machine's processors)")
    Integer threads;

    @Mixin Output.Option output;

    @Option(names = "--quiet", description = "only the summary line")
    boolean quiet;

    @Option(names = "--policy", paramLabel = "ID", description = {"judge every record under this version instead of the one it names: an id, "
            + "or a draft file (.json). A version judging a case dated outside its validity raises POLICY_NOT_IN_FORCE; with --policy "
            + "that finding (raised now or recorded) is not counted as a disagreement (as in compare) but the records it concerns are "
            + "counted apart in the summary, so that each disagreement left is a decision the version would change"})
    String policy;

    /** The finding a version raises when it judges a case dated outside its validity (set aside with {@code --policy}). */
    static final String NOT_IN_FORCE = se.integration.policy.core.analysis.ImpactSummary.NOT_IN_FORCE;

    /** One record's outcome: disagreements, or the problems that made it invalid, or the internal fault while it was judged. */
    record Checked(String caseName, List<Disagreement> disagreements, List<String> problems, String fault) {
        Checked(String caseName, List<Disagreement> disagreements, List<String> problems) { this(caseName, disagreements, problems, null); }
    }

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int threads = OrderedParallel.threads(this.threads);
        Inputs.check(files);
        PolicyEngine engine = PolicyEngine.create();
        PrintWriter out = output.open(spec.commandLine().getOut());
        String version = policy == null ? null : Policies.resolve(engine, policy).id();
        long[] passed = {0}, failed = {0}, invalid = {0}, faults = {0}, outside = {0};
        Progress progress = new Progress(err, "replay", PROGRESS_EVERY);
        try (OrderedParallel<Inputs.Input, Checked> pipeline = new OrderedParallel<>(
                threads, input -> check(engine, input, version), (input, c) -> {
            progress.tick();
            if (c.fault() != null) {
                faults[0]++;
                err.println(Escape.text(input.where() + ": " + c.fault()));
            } else if (c.problems() != null) {
                invalid[0]++;
                for (String p : c.problems()) err.println(Escape.text(input.where() + ": " + p));
            } else {
                List<Disagreement> disagreements = c.disagreements();
                if (version != null) {
                    List<Disagreement> kept = disagreements.stream().filter(d -> !notInForce(d)).toList();
                    if (kept.size() < disagreements.size()) outside[0]++;
                    disagreements = kept;
                }
                if (disagreements.isEmpty()) {
                    passed[0]++;
                    return;
                }
                failed[0]++;
                if (!quiet) {
                    for (Disagreement d : disagreements) {
                        out.println(Escape.text(input.where() + ": ärende / case " + c.caseName() + ": " + d.describe()));
                    }
                }
            }
        }, Inputs.Input::weight)) {
            Inputs.forEach(files, pipeline);
            pipeline.finish();
        }
        progress.done();
        out.println(passed[0] + " passed, " + failed[0] + " failed" + (invalid[0] > 0 ? ", " + invalid[0] + " invalid" : "")
                + (faults[0] > 0 ? ", " + faults[0] + " not judged (internal fault)" : ""));
        if (outside[0] > 0) {
            out.println(outside[0] + " bedömda utanför en versions giltighetstid / judged outside a version's validity:");
            out.println("  " + NOT_IN_FORCE + " räknas inte som avvikelse / not counted as a disagreement");
        }
        output.commit();
        if (faults[0] > 0) {
            err.println(Faults.summary(faults[0], "poster", "records"));
            return Main.INTERNAL;
        }
        if (invalid[0] > 0) return Main.INVALID;
        return failed[0] > 0 ? Main.DISAGREE : Main.OK;
    }

    /**
     * Whether a disagreement is a version's {@code POLICY_NOT_IN_FORCE}, raised now and not recorded or recorded and not
     * raised now: with {@code --policy} the validity of another version than the one recorded, not a decision it changes.
     */
    static boolean notInForce(Disagreement d) {
        return (d.kind() == Disagreement.Kind.FINDING_NOT_RECORDED || d.kind() == Disagreement.Kind.FINDING_NO_LONGER_RAISED)
                && se.integration.policy.core.analysis.ImpactSummary.isNotInForce(d.item());
    }

    static Checked check(PolicyEngine engine, Inputs.Input input) { return check(engine, input, null); }

    /** As {@link #check(PolicyEngine, Inputs.Input)}, judged under {@code version} where it is not null. */
    static Checked check(PolicyEngine engine, Inputs.Input input, String version) {
        if (input.problem() != null) return new Checked(null, null, List.of(input.problem()));
        RecordedDecision record;
        try {
            record = Replay.parse(input.text());
        } catch (InvalidCaseException e) {
            return new Checked(null, null, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        }
        String name = record.caseId() != null ? record.caseId()
                : record.name() != null ? "\"" + record.name() + "\"" : "(utan ärende-id / no case id)";
        try {
            if (version != null) {
                record = record.withPolicy(version);
            }
            return new Checked(name, Replay.check(engine, record).disagreements(), null);
        } catch (InvalidCaseException e) {
            return new Checked(name, null, e.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        } catch (PolicySelectionException e) {
            return new Checked(name, null, List.of((e.path() != null ? e.path() : "$.policy") + ": " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            if (!Faults.isCaseFault(e)) throw e;
            return new Checked(name, null, null, Faults.describe(record.caseId() != null ? record.caseId() : name, e));
        }
    }
}
