package se.integration.policy.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Prints the JSON Schema (draft 2020-12) of the case format.",
        "Without --policy the general schema, in which heading, attachment, signatory, follow-up section and focus-area "
                + "keys are open (any upper-case key); with --policy, the schema of the cases that version judges, with the keys "
                + "its data declares as enums.",
        "Its description lists what the reader checks beyond it: calendar dates, whole numbers written without a fraction, "
                + "string lengths in UTF-16 code units, nesting depth and document size."})
final class SchemaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID", description = "the schema of the cases this version (see `policy list`), "
            + "or this draft file (.json), judges")
    String policy;

    @Override public Integer call() throws Exception {
        if (policy == null) {
            spec.commandLine().getOut().println(PolicyEngine.caseSchema());
        } else {
            try (PolicyEngine engine = PolicyEngine.create()) {
                spec.commandLine().getOut().println(engine.caseSchema(Policies.resolve(engine, policy)));
            }
        }
        return Main.OK;
    }
}
