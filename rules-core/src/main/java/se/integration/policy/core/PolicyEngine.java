package se.integration.policy.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.integration.policy.core.engine.Evaluator;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.CaseReader;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;

/**
 * The library's entry point for embedding systems:
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.create();              // finds the packages on the class path
 * PolicyCase application = engine.read(json);               // strict: InvalidCaseException names each JSON path
 * Result result = engine.evaluate(application);             // the version in force on the case's date
 * Result old = engine.evaluate(application, "jonkoping-2013"); // or a version by name
 * String out = engine.toJson(result);                       // exactly contract §2
 * }</pre>
 *
 * Create one engine and share it: it is thread-safe, builds each package's rules once (lazily) and
 * evaluates any number of cases from any number of threads.
 */
public final class PolicyEngine {
    private final PolicyRegistry registry;
    private final Clock clock;
    private final CaseReader reader = new CaseReader();
    private final Evaluator evaluator = new Evaluator();
    private final ObjectMapper writer;
    /** Drafts made known by id ({@link #addDraft}): named like versions, never chosen by date. */
    private final java.util.Map<String, PolicyPackage> drafts = new java.util.concurrent.ConcurrentHashMap<>();

    private PolicyEngine(PolicyRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry);
        this.clock = Objects.requireNonNull(clock);
        this.writer = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /** An engine over the packages found on the class path, judging undated cases on today's date. */
    public static PolicyEngine create() { return new PolicyEngine(PolicyRegistry.discover(), Clock.systemDefaultZone()); }

    /** An engine over given packages and a clock (tests, embedding systems with their own time). */
    public static PolicyEngine create(PolicyRegistry registry, Clock clock) { return new PolicyEngine(registry, clock); }

    public PolicyRegistry registry() { return registry; }

    /** Reads a case strictly; throws {@link InvalidCaseException} listing every problem with its JSON path. */
    public PolicyCase read(String json) { return reader.read(json); }

    public PolicyCase read(byte[] json) { return reader.read(json); }

    /** Validates and binds an already parsed JSON tree. */
    public PolicyCase read(com.fasterxml.jackson.databind.JsonNode json) { return reader.read(json); }

    /** Today for this engine's clock: the day an undated case is judged on. */
    public LocalDate today() { return LocalDate.now(clock); }

    /** Picks the version in force for the case's municipality on its date ({@code receivedOn}, else {@code asOf}, else today). */
    public PolicyPackage select(PolicyCase policyCase) {
        LocalDate day = policyCase.referenceDate() != null ? policyCase.referenceDate() : today();
        try {
            return registry.inForce(policyCase.municipality(), day);
        } catch (PolicySelectionException e) {
            // name the field that chose the day: receivedOn where the kind has it and the case gives it, else asOf
            if (e.path() != null) throw e; // no version of the municipality at all: the registry names $.municipality
            String why = policyCase.referenceDate() == null ? " (saknas: i dag / absent: today)" : "";
            throw new PolicySelectionException(policyCase.referenceDatePath(), e.problem() + why, e.advice());
        }
    }

    /**
     * Reads a draft revision from a file (its {@code sourceText} relative to the file's directory): an
     * installed version changed by data, judged with no build. The package works with
     * {@link #evaluate(PolicyCase, PolicyPackage)}; its {@code definition().draft()} is true.
     *
     * @throws InvalidDraftException naming each problem with its JSON path
     */
    public PolicyPackage draft(java.nio.file.Path file) { return DraftReader.read(registry, file); }

    /**
     * Reads a draft revision from its JSON text; {@code name} is what errors call the input. A draft read
     * this way carries its text in {@code sourceTextInline} (there is no directory to find a file in).
     *
     * @throws InvalidDraftException naming each problem with its JSON path
     */
    public PolicyPackage draft(String json, String name) { return DraftReader.read(registry, json, name); }

    /**
     * Makes a draft known by its id to the methods that take a version id ({@link #evaluate(PolicyCase, String)},
     * {@link #policy(String)}, and the tools built on them: comparisons, replay), as the command line does for a
     * draft file given where a version id goes. A draft is never chosen by date.
     *
     * @throws IllegalArgumentException if the package is not a draft, or another draft has its id
     */
    public void addDraft(PolicyPackage draft) {
        if (!draft.definition().draft()) throw new IllegalArgumentException(draft.id() + " is not a draft");
        PolicyPackage other = drafts.putIfAbsent(draft.id(), draft);
        if (other != null && other != draft) {
            throw new IllegalArgumentException("två utkast heter / two drafts are named \"" + draft.id() + "\"");
        }
    }

    /** The installed version, or draft made known with {@link #addDraft}, with this id. */
    public PolicyPackage policy(String id) {
        PolicyPackage d = drafts.get(id);
        return d != null ? d : registry.get(id);
    }

    /** Judges a case under the version in force on its date. */
    public Result evaluate(PolicyCase policyCase) { return evaluate(policyCase, select(policyCase)); }

    /** Judges a case under a named version (judgement goes on if it was not in force; the result says so). */
    public Result evaluate(PolicyCase policyCase, String policyId) { return evaluate(policyCase, policy(policyId)); }

    public Result evaluate(PolicyCase policyCase, PolicyPackage policy) {
        checkFits(policyCase, policy);
        LocalDate asOf = policyCase.asOf() != null ? policyCase.asOf() : today();
        return evaluator.evaluate(policyCase, policy, asOf);
    }

    /** Reads and judges one JSON case under the version in force (or {@code policyId} if not null). */
    public Result evaluate(String json, String policyId) {
        PolicyCase c = read(json);
        return policyId == null ? evaluate(c) : evaluate(c, policyId);
    }

    /** Builds a package's rules now rather than on first use (for a warm start). */
    public void preload(String policyId) { evaluator.load(policy(policyId)); }

    /** The evaluator underneath (for tools that attach listeners, such as rule-coverage tests). */
    public Evaluator evaluator() { return evaluator; }

    /** A result as contract §2 JSON, on one line. */
    public String toJson(Result result) {
        try {
            return writer.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written", e);
        }
    }

    /** A result as indented contract §2 JSON. */
    public String toPrettyJson(Result result) {
        try {
            return writer.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written", e);
        }
    }

    /** The mapper that writes results (contract §2 form): for tools that write results themselves. */
    public ObjectMapper resultMapper() { return writer; }

    private static void checkFits(PolicyCase policyCase, PolicyPackage policy) {
        List<Problem> problems = new ArrayList<>();
        if (!policy.definition().kinds().contains(policyCase.kind())) {
            problems.add(new Problem("$.kind", policy.id() + " judges " + policy.definition().kinds() + " cases, not " + policyCase.kind()));
        } else {
            problems.addAll(Vocabulary.check(policyCase, policy.definition()));
            problems.addAll(policy.validate(policyCase));
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(problems);
    }
}
