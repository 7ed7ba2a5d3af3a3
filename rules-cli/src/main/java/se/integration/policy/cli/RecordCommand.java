package se.integration.policy.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.core.result.Result;

@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, description = {
        "Writes today's judgement of each case as a recorded decision, to pin current behaviour before a change.",
        "One record a line, for `policy replay`. The case is written with the asOf it was judged on; expected holds eligible, "
                + "complete, findings {code, subject}, decision, priority, obligations {code, subject, due, status} and repayment "
                + "(not messages, rule names or citations, so that rewording does not count as a different decision).",
        "Given recorded decisions (a corpus to pin again), each is judged under the version it names and written again with its "
                + "name, note, policy and exactObligations kept and a new expected; --policy overrides the version.",
        "Exit 0: all recorded; 2: some inputs are invalid (named on stderr, the others still recorded); 1: a case could not be judged "
                + "(an internal fault, named on stderr with its file, line, case and rule; the others are still recorded) or the output could not be written."})
final class RecordCommand implements Callable<Integer> {
    static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder().build();

    @Spec CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID", description = "judge and record under this version (default: the one a record names, "
            + "else the one in force, recorded by id)")
    String policy;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge every case on this day (YYYY-MM-DD); not before a case's receivedOn")
    String asOf;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "case files or recorded decisions (.json, .jsonl, or - for stdin)")
    List<String> files;

    @Mixin Output.Option output;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = EvaluateCommand.parseDate(asOf);
        Inputs.check(files);
        PolicyEngine engine = PolicyEngine.create();
        if (policy != null) {
            try {
                policy = Policies.resolve(engine, policy).id();
            } catch (UserError e) {
                throw new UserError("--policy: " + e.getMessage());
            }
        }
        PrintWriter out = output.open(spec.commandLine().getOut());
        int[] invalid = {0}, faults = {0};
        Inputs.forEach(files, input -> {
            if (input.problem() != null) {
                err.println(Escape.text(input.where() + ": " + input.problem()));
                invalid[0]++;
                return;
            }
            String line;
            try {
                line = write(record(engine, input.text(), day));
            } catch (InvalidCaseException e) {
                e.problems().forEach(p -> err.println(Escape.text(input.where() + ": " + p.path() + ": " + p.message())));
                invalid[0]++;
                return;
            } catch (RuntimeException | StackOverflowError e) {
                if (!Faults.isCaseFault(e)) throw e;
                err.println(Escape.text(input.where() + ": " + Faults.describe(caseId(input.text()), e)));
                faults[0]++;
                return;
            }
            out.println(line);
        });
        output.commit();
        if (faults[0] > 0) {
            err.println(Faults.summary(faults[0], "ärenden", "cases"));
            return Main.INTERNAL;
        }
        return invalid[0] > 0 ? Main.INVALID : Main.OK;
    }

    /** The case id of a case or a recorded decision, for a fault's line (null if it has none or cannot be read). */
    private static String caseId(String text) {
        try {
            JsonNode doc = tree(text);
            JsonNode c = doc.has("case") ? doc.get("case") : doc;
            return c.hasNonNull("caseId") ? c.get("caseId").asText() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A document as a tree: first checked by the core as the case reader parses (limits, duplicate keys, malformed JSON
     * described in its words: {@link Replay#classify(String)} throws), then parsed here, where the record is written.
     */
    static JsonNode tree(String text) {
        Replay.classify(text);
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        try {
            return MAPPER.readTree(t);
        } catch (JsonProcessingException e) {
            throw new InvalidCaseException("$", "malformed JSON");
        }
    }

    /** One document (a case or a recorded decision) judged and written as a recorded decision. */
    private ObjectNode record(PolicyEngine engine, String text, LocalDate day) {
        JsonNode doc = tree(text);
        if (!doc.isObject()) {
            throw new InvalidCaseException("$", "a case or a recorded decision must be a JSON object, not "
                    + (doc.isArray() ? "an array" : "a " + doc.getNodeType().name().toLowerCase(Locale.ROOT)));
        }
        switch (Replay.classify(text)) {
            case RESULT -> throw new InvalidCaseException("$", "this is a result, not a case or a recorded decision "
                    + "(record judges the cases themselves)");
            case RECORDED_DECISION -> {
                RecordedDecision old = Replay.parseToRecordAgain(text);
                String version = policy != null ? policy : old.policy();
                ObjectNode caseJson = (ObjectNode) doc.get("case");
                Result r;
                try {
                    r = Replay.judge(engine, old.caseJson(), version, day);
                } catch (PolicySelectionException e) {
                    throw new InvalidCaseException(e.path() != null ? e.path() : "$.policy",
                            e.withAdvice("lägg till \"policy\" i posten eller ange en med --policy / add \"policy\" to the record or name one with --policy")
                                    .getMessage());
                }
                caseJson.put("asOf", r.asOf().toString());
                ObjectNode rec = MAPPER.createObjectNode();
                if (old.name() != null) rec.put("name", old.name());
                if (old.note() != null) rec.put("note", old.note());
                ObjectNode fresh = record(engine, caseJson, r);
                rec.set("case", fresh.get("case"));
                if (version != null) rec.put("policy", version);
                if (old.exactObligations()) rec.put("exactObligations", true);
                rec.set("expected", fresh.get("expected"));
                return rec;
            }
            default -> {
                ObjectNode caseJson = (ObjectNode) doc;
                Result r;
                try {
                    r = judge(engine, caseJson, policy, day);
                } catch (PolicySelectionException e) {
                    throw new InvalidCaseException(e.path() != null ? e.path() : "$.municipality",
                            e.withAdvice(EvaluateCommand.NAME_ONE_WITH_POLICY).getMessage());
                }
                caseJson.put("asOf", r.asOf().toString());
                return record(engine, caseJson, r);
            }
        }
    }

    /** A case judged as `policy evaluate` judges it (problems named at the case's own paths). */
    private static Result judge(PolicyEngine engine, JsonNode caseJson, String version, LocalDate day) {
        PolicyCase c = engine.read(caseJson.toString());
        c = EvaluateCommand.onDay(c, day);
        return version == null ? engine.evaluate(c) : engine.evaluate(c, version);
    }

    private static String write(ObjectNode record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a recorded decision could not be written", e);
        }
    }

    /** A recorded decision pinning the parts of the result that are decisions, not wording. */
    static ObjectNode record(PolicyEngine engine, JsonNode caseJson, Result r) {
        ObjectNode rec = MAPPER.createObjectNode();
        rec.set("case", caseJson);
        rec.put("policy", r.policy().id());
        ObjectNode expected = rec.putObject("expected");
        JsonNode full;
        try {
            full = MAPPER.readTree(engine.toJson(r));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a result could not be read back", e);
        }
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
