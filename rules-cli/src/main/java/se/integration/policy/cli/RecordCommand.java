package se.integration.policy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.CaseReader;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.result.Result;

@Command(name = "record", description = {
        "Writes today's judgement of each case as a recorded decision (one a line, for `policy replay`),",
        "to pin current behaviour before a change. The case is written with the asOf it was judged on;",
        "expected holds eligible, complete, findings {code, subject}, decision, priority, obligations",
        "{code, subject, due, status} and repayment (not messages, rule names or citations, so that",
        "rewording does not count as a different decision)."})
final class RecordCommand implements Callable<Integer> {
    static final ObjectMapper MAPPER = CaseReader.strictMapper();

    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID", description = "judge and record under this version (default: the one in force, recorded by id)")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day")
    String asOf;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files (.json, .jsonl, or - for stdin)")
    List<String> files;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        LocalDate day = EvaluateCommand.parseDate(asOf);
        Inputs.check(files);
        PolicyEngine engine = PolicyEngine.create();
        int[] invalid = {0};
        Inputs.forEach(files, input -> {
            if (input.tooLong() != null) {
                err.println(input.where() + ": $: " + input.tooLong());
                invalid[0]++;
                return;
            }
            try {
                ObjectNode caseJson = (ObjectNode) MAPPER.readTree(input.text());
                PolicyCase c = engine.read(caseJson);
                if (day != null) c = c.withAsOf(day);
                Result r = policy == null ? engine.evaluate(c) : engine.evaluate(c, policy);
                caseJson.put("asOf", r.asOf().toString());
                out.println(MAPPER.writeValueAsString(record(engine, caseJson, r)));
            } catch (InvalidCaseException e) {
                e.problems().forEach(p -> err.println(input.where() + ": " + p.path() + ": " + p.message()));
                invalid[0]++;
            } catch (PolicySelectionException e) {
                err.println(input.where() + ": $.municipality: " + e.getMessage());
                invalid[0]++;
            } catch (Exception e) {
                err.println(input.where() + ": $: malformed JSON: " + e.getMessage());
                invalid[0]++;
            }
        });
        out.flush();
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    /** A recorded decision pinning the parts of the result that are decisions, not wording. */
    static ObjectNode record(PolicyEngine engine, JsonNode caseJson, Result r) {
        ObjectNode rec = MAPPER.createObjectNode();
        rec.set("case", caseJson);
        rec.put("policy", r.policy().id());
        ObjectNode expected = rec.putObject("expected");
        JsonNode full = engine.resultMapper().valueToTree(r);
        expected.put("eligible", r.eligible());
        expected.put("complete", r.complete());
        ArrayNode findings = expected.putArray("findings");
        for (JsonNode f : full.get("findings")) {
            ObjectNode x = findings.addObject();
            x.put("code", f.get("code").asText());
            if (f.hasNonNull("subject")) x.put("subject", f.get("subject").asText());
        }
        for (String part : List.of("priority", "decision", "repayment")) {
            if (full.hasNonNull(part)) {
                ObjectNode copy = ((ObjectNode) full.get(part)).deepCopy();
                copy.remove("basis");
                expected.set(part, copy);
            }
        }
        ArrayNode obligations = expected.putArray("obligations");
        for (JsonNode o : full.get("obligations")) {
            ObjectNode x = obligations.addObject();
            for (String f : List.of("code", "subject", "due", "status")) if (o.hasNonNull(f)) x.set(f, o.get(f));
        }
        return rec;
    }
}
