package se.integration.policy.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;
import se.integration.policy.testkit.RecordedDecisions;

/**
 * What the reliability tests run over: every package the registry finds on this module's class path
 * (the module depends on every package module of the project), and every case file of every package
 * module in the repository ({@code ../rules-*}/src/test/resources/cases/**, and .../decisions/*.jsonl).
 * One engine with a fixed clock, so that a case without {@code asOf} is judged on the same day in every test.
 */
final class Project {
    /** "Today" for undated cases, fixed so that results do not depend on the day the build runs. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    static final PolicyEngine ENGINE = newEngine();

    private Project() {}

    /** A new engine over the packages on the class path (its KieBases are built again, on first use). */
    static PolicyEngine newEngine() { return PolicyEngine.create(PolicyRegistry.discover(), CLOCK); }

    static List<PolicyPackage> packages() { return ENGINE.registry().all(); }

    /** The repository's root: the parent of this module's folder (Maven runs tests in the module's folder). */
    static Path root() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("rules-core"))) {
            throw new IllegalStateException("the tests must run in the rules-reliability folder of the repository, not " + Path.of("").toAbsolutePath());
        }
        return root;
    }

    /** The module folders {@code rules-*} of the repository. */
    static List<Path> modules() {
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("rules-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recorded decision from a package module's test resources. */
    record CaseFile(String module, RecordedDecisions.Located located, RecordedDecision record) {
        PolicyCase policyCase() { return ENGINE.read(record.caseJson()); }

        /** The version the file is judged under: the one it names, else the one in force on the case's date. */
        PolicyPackage policy() {
            return record.policy() != null ? ENGINE.registry().get(record.policy()) : ENGINE.select(policyCase());
        }

        /** The day it is judged on: its asOf, else the engine's today. */
        LocalDate asOf() {
            PolicyCase c = policyCase();
            return c.asOf() != null ? c.asOf() : ENGINE.today();
        }

        @Override public String toString() { return module + ": " + located.location(); }
    }

    private static List<CaseFile> caseFiles;

    /** Every case file ({@code cases/**}/*.json, *.jsonl) and recorded-decision file ({@code decisions/*.jsonl}) of every module. */
    static synchronized List<CaseFile> caseFiles() {
        if (caseFiles == null) {
            List<CaseFile> list = new ArrayList<>();
            for (Path module : modules()) {
                for (String folder : List.of("cases", "decisions")) {
                    Path dir = module.resolve("src/test/resources").resolve(folder);
                    if (!Files.isDirectory(dir) || isEmpty(dir)) continue;
                    for (RecordedDecisions.Located located : RecordedDecisions.in(dir).records()) {
                        list.add(new CaseFile(module.getFileName().toString(), located, Replay.parse(located.json())));
                    }
                }
            }
            caseFiles = List.copyOf(list);
        }
        return caseFiles;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.noneMatch(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON text of a recorded decision (its case, its expectation) as a tree, to look into or vary it. */
    static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
