package se.integration.policy.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.internal.engine.EngineAccess;
import se.integration.policy.core.internal.engine.Evaluator;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.internal.read.ReadCases;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;
import se.integration.policy.core.result.Result;

/**
 * The library's entry point for embedding systems:
 *
 * <pre>{@code
 * try (PolicyEngine engine = PolicyEngine.builder()
 *         .require("jonkoping-2023")                        // fails now, not at the first case, if it is missing
 *         .build()) {
 *     PolicyCase application = engine.read(json);           // strict: InvalidCaseException names each JSON path
 *     Result result = engine.evaluate(application);         // the version in force on the case's date
 *     Result old = engine.evaluate(application, "jonkoping-2013"); // or a version by name
 *     String out = engine.toJson(result);                   // exactly contract §2
 * }
 * }</pre>
 *
 * Create one engine and share it: it is thread-safe, builds each package's rules once (lazily) and
 * evaluates any number of cases from any number of threads. {@link #close()} disposes of the sessions it
 * keeps between evaluations; an engine closed may still be used (it makes new ones).
 *
 * <p>Every exception thrown on purpose is a {@link PolicyException}: {@link InvalidCaseException} (the case),
 * {@link PolicySelectionException} (no version to judge it under), {@link PolicyPackageException} (the
 * installation).
 */
public final class PolicyEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

    static {
        EngineAccess.install(new EngineAccess.Accessor() {
            @Override public Evaluator evaluator(PolicyEngine engine) { return engine.evaluator; }
            @Override public ObjectMapper resultMapper(PolicyEngine engine) { return engine.writer; }
            @Override public PolicyCase read(PolicyEngine engine, JsonNode tree) { return engine.reader.read(tree); }
        });
    }

    private final PolicyRegistry registry;
    private final Clock clock;
    private final CaseReader reader = new CaseReader();
    private final Evaluator evaluator = new Evaluator();
    private final ObjectMapper writer;
    /** Drafts made known by id ({@link #addDraft}): named like versions, never chosen by date. */
    private final java.util.Map<String, PolicyPackage> drafts = new java.util.concurrent.ConcurrentHashMap<>();

    private PolicyEngine(PolicyRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /**
     * An engine over the packages found on the class path, judging undated cases on today's date. Never fails
     * for the installation: a WARN is logged when no package is found, and a broken package is set aside (a
     * WARN names it; a case that would be judged under it fails with {@link PolicyPackageException}). Use
     * {@link #builder()} to fail at start instead.
     *
     * @return the engine
     */
    public static PolicyEngine create() { return new PolicyEngine(PolicyRegistry.discover(), Clock.systemDefaultZone()); }

    /**
     * An engine over given packages and a clock (tests, embedding systems with their own time).
     *
     * @param registry the packages
     * @param clock    the clock that says what day "today" is
     * @return the engine
     * @throws NullPointerException if an argument is null
     */
    public static PolicyEngine create(PolicyRegistry registry, Clock clock) { return new PolicyEngine(registry, clock); }

    /**
     * A builder that checks the installation when it builds: the packages the host requires are there, and no
     * package is broken (two with one id or kbase name, overlapping versions, another contract version).
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(); }

    /**
     * Builds a {@link PolicyEngine} that fails at start rather than at the first case.
     *
     * <pre>{@code
     * PolicyEngine engine = PolicyEngine.builder().require("jonkoping-2023", "jonkoping-2013").build();
     * }</pre>
     */
    public static final class Builder {
        private final Set<String> required = new LinkedHashSet<>();
        private ClassLoader classLoader;
        private Collection<? extends PolicyPackage> packages;
        private Clock clock = Clock.systemDefaultZone();
        private boolean tolerant;

        private Builder() {}

        /**
         * Package ids that must be installed and usable, such as {@code jonkoping-2023}.
         *
         * @param ids the ids
         * @return this builder
         * @throws NullPointerException if an id is null
         */
        public Builder require(String... ids) {
            for (String id : ids) required.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /**
         * The class loader whose packages are found (default: the context class loader, else the core's).
         *
         * @param classLoader the class loader
         * @return this builder
         * @throws NullPointerException if {@code classLoader} is {@code null}
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Exactly these packages, in place of those found on the class path.
         *
         * @param packages the packages
         * @return this builder
         * @throws NullPointerException if {@code packages} is {@code null}, or contains {@code null}
         */
        public Builder packages(Collection<? extends PolicyPackage> packages) {
            this.packages = List.copyOf(Objects.requireNonNull(packages, "packages"));
            return this;
        }

        /**
         * The clock that says what day "today" is (default: the system clock in the default time zone).
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is {@code null}
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets broken packages aside (with a WARN) rather than failing: the others are used, and a case that
         * would be judged under a broken one fails with {@link PolicyPackageException}. The required packages
         * must still be usable.
         *
         * @return this builder
         */
        public Builder tolerateBrokenPackages() {
            this.tolerant = true;
            return this;
        }

        /**
         * The engine, once the installation is checked.
         *
         * @return the engine
         * @throws PolicyPackageException naming every required package missing or broken (and the packages
         *                                found), and, unless broken packages are tolerated, every problem of the
         *                                installation (duplicate ids or kbase names, overlapping versions)
         */
        public PolicyEngine build() {
            PolicyRegistry registry;
            if (packages != null) {
                registry = PolicyRegistry.tolerant(packages);
                for (String p : registry.problems()) LOG.warn("policy package set aside: {}", p);
                if (packages.isEmpty()) LOG.warn("no policy package given: every case will fail to select a version");
            } else {
                registry = classLoader != null ? PolicyRegistry.discover(classLoader) : PolicyRegistry.discover();
            }
            List<String> problems = new ArrayList<>();
            for (String id : required) {
                if (registry.contains(id)) continue;
                List<String> why = registry.problems().stream().filter(p -> p.contains(id)).toList();
                problems.add("the required policy package " + id + (why.isEmpty() ? " is not installed"
                        : " cannot be used (" + String.join("; ", why) + ")"));
            }
            if (!tolerant) problems.addAll(registry.problems());
            if (!problems.isEmpty()) {
                throw new PolicyPackageException("policy packages: " + String.join("; ", new LinkedHashSet<>(problems))
                        + " (found / funna: " + (registry.all().isEmpty() ? "none / inga"
                        : String.join(", ", registry.all().stream().map(PolicyPackage::id).toList())) + ")");
            }
            return new PolicyEngine(registry, clock);
        }
    }

    /**
     * The packages the engine judges with.
     *
     * @return the registry
     */
    public PolicyRegistry registry() { return registry; }

    /**
     * Reads a case strictly.
     *
     * @param json the case as JSON text (contract §1)
     * @return the case
     * @throws InvalidCaseException listing every problem with its JSON path
     * @throws NullPointerException if {@code json} is null
     */
    public PolicyCase read(String json) { return reader.read(Objects.requireNonNull(json, "json")); }

    /**
     * Reads a case strictly from UTF-8 bytes.
     *
     * @param json the case as UTF-8 JSON (contract §1)
     * @return the case
     * @throws InvalidCaseException listing every problem with its JSON path (invalid UTF-8 too)
     * @throws NullPointerException if {@code json} is null
     */
    public PolicyCase read(byte[] json) { return reader.read(Objects.requireNonNull(json, "json")); }

    /**
     * Today for this engine's clock: the day an undated case is judged on.
     *
     * @return today
     */
    public LocalDate today() { return LocalDate.now(clock); }

    /**
     * Picks the version in force for the case's municipality on its date ({@code receivedOn}, else {@code asOf},
     * else today).
     *
     * @param policyCase the case
     * @return the package in force
     * @throws PolicySelectionException if no version is installed or in force on the day
     * @throws PolicyPackageException   if the version in force on the day is broken
     * @throws NullPointerException     if {@code policyCase} is null
     */
    public PolicyPackage select(PolicyCase policyCase) {
        Objects.requireNonNull(policyCase, "policyCase");
        LocalDate day = policyCase.referenceDate() != null ? policyCase.referenceDate() : today();
        if (policyCase.municipality() == null) throw new InvalidCaseException("$.municipality", "is required");
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
     * @param file the draft file
     * @return the draft as a package
     * @throws InvalidDraftException naming each problem with its JSON path
     * @throws NullPointerException if {@code file} is {@code null}
     */
    public PolicyPackage draft(java.nio.file.Path file) { return DraftReader.read(registry, file); }

    /**
     * Reads a draft revision from its JSON text; {@code name} is what errors call the input. A draft read
     * this way carries its text in {@code sourceTextInline} (there is no directory to find a file in).
     *
     * @param json the draft's JSON text
     * @param name what errors call the input, e.g. a file name
     * @return the draft as a package
     * @throws InvalidDraftException naming each problem with its JSON path
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public PolicyPackage draft(String json, String name) { return DraftReader.read(registry, json, name); }

    /**
     * Makes a draft known by its id to the methods that take a version id ({@link #evaluate(PolicyCase, String)},
     * {@link #policy(String)}, and the tools built on them: comparisons, replay), as the command line does for a
     * draft file given where a version id goes. A draft is never chosen by date.
     *
     * @param draft a package read with {@link #draft}
     * @throws IllegalArgumentException if the package is not a draft, or another draft has its id
     * @throws NullPointerException if {@code draft} is {@code null}
     */
    public void addDraft(PolicyPackage draft) {
        if (!draft.definition().draft()) throw new IllegalArgumentException(draft.id() + " is not a draft");
        PolicyPackage other = drafts.putIfAbsent(draft.id(), draft);
        if (other != null && other != draft) {
            throw new IllegalArgumentException("två utkast heter / two drafts are named \"" + draft.id() + "\"");
        }
    }

    /**
     * The installed version, or a draft made known with {@link #addDraft}, with this id.
     *
     * @param id the version id
     * @return the package
     * @throws PolicySelectionException if no version or draft has this id
     * @throws PolicyPackageException if the version with this id is installed but broken
     */
    public PolicyPackage policy(String id) {
        PolicyPackage d = drafts.get(id);
        return d != null ? d : registry.get(id);
    }

    /**
     * Judges a case under the version in force on its date. A case built in Java is checked as a case read from
     * JSON is; a case {@link #read(String)} produced was checked when it was read and is not checked again.
     *
     * @param policyCase the case, read or built
     * @return the result (contract §2)
     * @throws InvalidCaseException     if the case is not valid (each problem with its JSON path)
     * @throws PolicySelectionException if no version is in force on its date
     * @throws PolicyPackageException   if the version in force is broken or its rules fail
     * @throws NullPointerException     if {@code policyCase} is null
     */
    public Result evaluate(PolicyCase policyCase) {
        check(Objects.requireNonNull(policyCase, "policyCase"));
        return judge(policyCase, select(policyCase));
    }

    /**
     * Judges a case under a named version (judgement goes on if it was not in force; the result says so).
     *
     * @param policyCase the case, read or built
     * @param policyId   a package id such as {@code jonkoping-2013}
     * @return the result (contract §2)
     * @throws InvalidCaseException     if the case is not valid, or not one the package judges
     * @throws PolicySelectionException if no package has the id
     * @throws PolicyPackageException   if the package is broken or its rules fail
     * @throws NullPointerException     if an argument is null
     */
    public Result evaluate(PolicyCase policyCase, String policyId) {
        Objects.requireNonNull(policyCase, "policyCase");
        Objects.requireNonNull(policyId, "policyId");
        check(policyCase);
        return judge(policyCase, policy(policyId));
    }

    /**
     * Judges a case under a given package (judgement goes on if it was not in force; the result says so).
     *
     * @param policyCase the case, read or built
     * @param policy     the package
     * @return the result (contract §2)
     * @throws InvalidCaseException   if the case is not valid, or not one the package judges
     * @throws PolicyPackageException if the package's rules fail
     * @throws NullPointerException   if an argument is null
     */
    public Result evaluate(PolicyCase policyCase, PolicyPackage policy) {
        Objects.requireNonNull(policyCase, "policyCase");
        Objects.requireNonNull(policy, "policy");
        check(policyCase);
        return judge(policyCase, policy);
    }

    /**
     * Checks a case as the reader checks JSON, unless the reader produced it: {@link #read(String)} checked it then
     * (its mark: {@code ReadCases}), so it is not checked twice. A case built in Java, or changed with
     * {@link PolicyCase#withAsOf}, is checked here.
     */
    private void check(PolicyCase policyCase) {
        if (!ReadCases.isRead(policyCase)) reader.check(policyCase);
    }

    private Result judge(PolicyCase policyCase, PolicyPackage policy) {
        checkFits(policyCase, policy);
        LocalDate asOf = policyCase.asOf() != null ? policyCase.asOf() : today();
        return evaluator.evaluate(policyCase, policy, asOf);
    }

    /**
     * Reads and judges one JSON case under the version in force (or {@code policyId} if not null).
     *
     * @param json     the case as JSON text
     * @param policyId a package id, or {@code null} for the version in force
     * @return the result (contract §2)
     * @throws InvalidCaseException     if the case is not valid
     * @throws PolicySelectionException if no version can be chosen
     * @throws PolicyPackageException   if the package is broken or its rules fail
     * @throws NullPointerException     if {@code json} is null
     */
    public Result evaluate(String json, String policyId) {
        PolicyCase c = read(json);
        return judge(c, policyId == null ? select(c) : registry.get(policyId));
    }

    /**
     * Builds a package's rules now rather than on first use (for a warm start).
     *
     * @param policyId a package id
     * @throws PolicySelectionException if no package has the id
     * @throws PolicyPackageException   if the package is broken or its rules cannot be built
     * @throws NullPointerException     if {@code policyId} is null
     */
    public void preload(String policyId) { evaluator.load(policy(Objects.requireNonNull(policyId, "policyId"))); }

    /**
     * A result as contract §2 JSON, on one line.
     *
     * @param result a result
     * @return its JSON
     * @throws NullPointerException if {@code result} is null
     */
    public String toJson(Result result) { return write(Objects.requireNonNull(result, "result"), false); }

    /**
     * A result as indented contract §2 JSON.
     *
     * @param result a result
     * @return its JSON
     * @throws NullPointerException if {@code result} is null
     */
    public String toPrettyJson(Result result) { return write(Objects.requireNonNull(result, "result"), true); }

    /**
     * A case as contract §1 JSON, as {@link #read(String)} reads it back to an equal case.
     *
     * @param policyCase a case
     * @return its JSON, on one line
     * @throws NullPointerException if {@code policyCase} is null
     */
    public String toJson(PolicyCase policyCase) {
        try {
            return CaseReader.caseWriter().writeValueAsString(Objects.requireNonNull(policyCase, "policyCase"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case could not be written", e);
        }
    }

    /**
     * Any value of the result model or of the analyses ({@code Result}, {@code PolicyDiff}, {@code Comparison},
     * {@code ImpactSummary}) as JSON, as the command line writes it.
     *
     * @param value the value
     * @param pretty indented, or on one line
     * @return its JSON
     * @throws NullPointerException if {@code value} is null
     */
    public String toJson(Object value, boolean pretty) { return write(Objects.requireNonNull(value, "value"), pretty); }

    private String write(Object value, boolean pretty) {
        try {
            return pretty ? writer.writerWithDefaultPrettyPrinter().writeValueAsString(value) : writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a value could not be written as JSON", e);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of the case format (contract §1), as published with the library.
     *
     * @return the schema as indented JSON text
     */
    public static String caseSchema() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(se.integration.policy.core.internal.read.CaseSchema.published());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case schema could not be written", e);
        }
    }

    /**
     * The JSON Schema (draft 2020-12) of the cases one version judges: the published schema with that version's
     * kinds of case, and the keys its vocabularies know (headings, attachments, signatories, follow-up sections,
     * focus areas, declared in its data) as {@code enum}s where the published schema checks only that a key is
     * well formed. A case this schema refuses for an unknown key, {@link #evaluate(PolicyCase, String)} refuses too.
     *
     * @param policyId an installed version's id, such as {@code jonkoping-2023}
     * @return the schema as indented JSON text
     * @throws PolicySelectionException if no package has the id
     * @throws NullPointerException     if {@code policyId} is null
     */
    public String caseSchema(String policyId) {
        Objects.requireNonNull(policyId, "policyId");
        return caseSchema(policy(policyId));
    }

    /**
     * The JSON Schema (draft 2020-12) of the cases one version or draft judges, as {@link #caseSchema(String)}
     * describes it: a draft's schema has the keys its base knows with those the draft adds and without those it removes.
     *
     * @param policy the version or draft ({@link #draft(java.nio.file.Path)})
     * @return the schema as indented JSON text
     * @throws NullPointerException if {@code policy} is null
     */
    public String caseSchema(PolicyPackage policy) {
        Objects.requireNonNull(policy, "policy");
        PolicyDefinition d = policy.definition();
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    se.integration.policy.core.internal.read.CaseSchema.forVersion(d.id(), d.kinds(), Vocabulary.index(d).known()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case schema could not be written", e);
        }
    }

    /**
     * Disposes of the sessions the engine keeps between evaluations. The engine stays usable: it makes new
     * sessions when it is used again.
     */
    @Override public void close() { evaluator.close(); }

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
