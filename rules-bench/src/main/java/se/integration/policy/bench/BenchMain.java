package se.integration.policy.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

/**
 * Runs the whole benchmark in one go and prints a summary with the ratios the performance targets
 * are stated in: {@code java -jar rules-bench/target/benchmarks.jar}.
 *
 * <ol>
 *   <li>with 1 thread: the evaluator on every package on the class path (each on its bundled examples), the
 *       hand-written Jönköping 2023 rules, the usual Drools usage, reading and writing, and Drools' session
 *       strategies;</li>
 *   <li>with 2 threads (one engine shared): the evaluator on every package, the hand-written rules and the
 *       usual Drools usage;</li>
 * </ol>
 * each with the GC profiler (bytes allocated per call). JMH options on the command line override the
 * defaults (1 fork, 5 warm-up and 5 measured iterations of 2 s), for example {@code -wi 1 -i 2 -r 1s} for a
 * quick look, {@code -p policy=jonkoping-2023} for one package, or a benchmark pattern to run only that.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers()
                || cli.shouldListResultFormats()) {
            // JMH's own answers (help, the benchmarks, profilers, formats), without running anything
            if (cli.shouldHelp()) System.out.println("rules-bench: with no options, every benchmark of docs/performance.md "
                    + "with the GC profiler, 1 and 2 threads; JMH's options below narrow or override that.\n");
            org.openjdk.jmh.Main.main(args);
            return;
        }
        List<String> packages = new ArrayList<>();
        for (PolicyPackage p : PolicyEngine.create().registry().all()) packages.add(p.id());
        String[] policies = cli.getParameter("policy").hasValue()
                ? cli.getParameter("policy").get().toArray(String[]::new) : packages.toArray(String[]::new);

        List<RunResult> all = new ArrayList<>();
        int[] threadCounts = cli.getThreads().hasValue() ? new int[] {cli.getThreads().get()} : new int[] {1, 2};
        for (int threads : threadCounts) {
            ChainedOptionsBuilder b = new OptionsBuilder().parent(cli).threads(threads).param("policy", policies)
                    .addProfiler(GCProfiler.class).shouldFailOnError(true);
            if (!cli.getForkCount().hasValue()) b.forks(1);
            if (!cli.getWarmupIterations().hasValue()) b.warmupIterations(5);
            if (!cli.getWarmupTime().hasValue()) b.warmupTime(TimeValue.seconds(2));
            if (!cli.getMeasurementIterations().hasValue()) b.measurementIterations(5);
            if (!cli.getMeasurementTime().hasValue()) b.measurementTime(TimeValue.seconds(2));
            if (cli.getIncludes().isEmpty()) {
                b.include(EvaluatorBenchmark.class.getSimpleName() + "\\.evaluate$");
                b.include(Jonkoping2023Benchmark.class.getSimpleName() + "\\.");
                if (threads == 1) {
                    b.include(EvaluatorBenchmark.class.getSimpleName() + "\\.(read|write|readEvaluateWrite)$");
                    b.include(SessionStrategiesBenchmark.class.getSimpleName() + "\\.");
                }
            }
            all.addAll(new Runner(b.build()).run());
        }
        System.out.println();
        System.out.println(summary(all, packages));
    }

    /** The figures as a Markdown table, and the ratios of the targets. */
    static String summary(Collection<RunResult> results, List<String> packages) {
        StringBuilder sb = new StringBuilder("| benchmark | package | threads | µs per call | ± | bytes per call |\n|---|---|---|---|---|---|\n");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll("^.*\\.([A-Za-z0-9]+\\.[A-Za-z0-9]+)$", "$1");
            for (String key : r.getParams().getParamsKeys()) {
                if (!key.equals("policy")) name += " (" + key + "=" + r.getParams().getParam(key) + ")";
            }
            String policy = r.getParams().getParam("policy") != null ? r.getParams().getParam("policy") : "jonkoping-2023";
            Result<?> primary = r.getPrimaryResult();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %s |%n", name, policy, r.getParams().getThreads(),
                    primary.getScore(), primary.getScoreError(), allocated(r)));
        }
        sb.append('\n');
        for (int threads : new int[] {1, 2}) {
            Double library = score(results, "EvaluatorBenchmark.evaluate", "jonkoping-2023", threads);
            Double byHand = score(results, "Jonkoping2023Benchmark.handWritten", null, threads);
            Double usual = score(results, "Jonkoping2023Benchmark.usualDrools", null, threads);
            if (library == null) continue;
            if (byHand != null) {
                sb.append(String.format(Locale.ROOT, "%d thread(s): evaluator / hand-written = %.1f× (target: at most 20×)%n", threads, library / byHand));
            }
            if (usual != null) {
                sb.append(String.format(Locale.ROOT, "%d thread(s): usual Drools / evaluator = %.2f× (target: at least 1.5×)%n", threads, usual / library));
            }
        }
        sb.append("packages on the class path: ").append(packages).append('\n');
        return sb.toString();
    }

    private static Double score(Collection<RunResult> results, String benchmark, String policy, int threads) {
        for (RunResult r : results) {
            if (!r.getParams().getBenchmark().endsWith(benchmark) || r.getParams().getThreads() != threads) continue;
            if (policy != null && !policy.equals(r.getParams().getParam("policy"))) continue;
            return r.getPrimaryResult().getScore();
        }
        return null;
    }

    private static String allocated(RunResult r) {
        Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return alloc == null ? "–" : String.format(Locale.ROOT, "%,.0f", alloc.getScore());
    }
}
