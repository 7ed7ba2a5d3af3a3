package se.integration.policy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.analysis.PolicyDiff;
import se.integration.policy.core.analysis.PolicyDiffs;

@Command(name = "diff", mixinStandardHelpOptions = true, description = {
        "What changed between two versions, read from the packages: headings, attachments, thresholds and who decides, "
                + "consultations, priorities, duties and deadlines, the packages' own rules, validity and assumptions, each change "
                + "with the passage each version cites. Versions of different municipalities may be diffed (with a warning).",
        "Exit 0: diffed; 2: an unknown version."})
final class DiffCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM", description = "the older version (see `policy list`)")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "the newer version")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or html")
    String format;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (!List.of("text", "json", "html").contains(format)) {
            throw new UserError("--format ska vara text, json eller html, inte / must be text, json or html, not " + format);
        }
        PolicyEngine engine = PolicyEngine.create();
        PolicyDiff d;
        Labels.Words words;
        se.integration.policy.core.PolicyPackage a = Policies.resolve(engine, from), b = Policies.resolve(engine, to);
        words = Labels.Words.of(List.of(a, b));
        d = new PolicyDiffs(engine).diff(a, b);
        for (String w : d.warnings()) err.println("policy: varning / warning: " + w);
        switch (format) {
            case "json" -> out.println(engine.toJson(d, false));
            case "html" -> new DiffHtml(out, words).print(d);
            default -> new DiffText(TextLayout.wrapping(out), words).print(d);
        }
        out.flush();
        return Main.OK;
    }
}
