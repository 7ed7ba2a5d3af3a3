package se.integration.policy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Prints the JSON Schema (draft 2020-12) of the case format.",
        "Its description lists what the reader checks beyond it: calendar dates, whole numbers written without a fraction, "
                + "string lengths in UTF-16 code units, nesting depth and document size."})
final class SchemaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        spec.commandLine().getOut().println(PolicyEngine.caseSchema());
        return Main.OK;
    }
}
