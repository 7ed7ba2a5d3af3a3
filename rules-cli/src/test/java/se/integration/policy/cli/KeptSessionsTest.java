package se.integration.policy.cli;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.replay.RecordedDecision;
import se.integration.policy.core.replay.Replay;

/**
 * The evaluator keeps a package's sessions between evaluations (the parameters stay in, each case is
 * taken out again). These tests hold it to judging exactly as a new session does: every case file of
 * every package, and every bundled example (../examples/<municipality>/*.json, at least one from each
 * folder), judged right after every other case of its package, gives
 * the result a session made for it alone gives (the whole result, messages and citations included),
 * and the session is never remade (so after each case it held only the parameters again: the case,
 * the logical facts derived from it and every outcome were gone, and nothing fired as they went). The
 * same holds with many threads sharing one engine.
 */
class KeptSessionsTest {
    /** A case to judge: where it came from, the case, the package it is judged under and the day. */
    record Judged(String name, PolicyCase policyCase, PolicyPackage policy, LocalDate asOf) {}

    static final Path EXAMPLES = Path.of("../examples");

    static List<Judged> everyCase(PolicyEngine engine) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("rules-")).sorted().toList()) {
                Path cases = module.resolve("src/test/resources/cases");
                if (!Files.isDirectory(cases)) continue;
                try (Stream<Path> walk = Files.walk(cases)) {
                    walk.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            }
            // the bundled examples, in one folder per municipality
            try (Stream<Path> examples = Files.walk(EXAMPLES)) {
                examples.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("/drafts/")).sorted().forEach(files::add);
            }
            List<Judged> judged = new ArrayList<>();
            for (Path f : files) {
                String json = Files.readString(f);
                PolicyCase c;
                String policyId = null;
                if (f.startsWith(EXAMPLES)) {
                    c = engine.read(json);
                } else {
                    RecordedDecision record = Replay.parse(json);
                    policyId = record.policy();
                    try {
                        c = engine.read(record.caseJson());
                    } catch (InvalidCaseException e) {
                        continue; // a case file about invalid input
                    }
                }
                PolicyPackage p = policyId != null ? engine.registry().get(policyId) : engine.select(c);
                LocalDate asOf = c.asOf() != null ? c.asOf() : engine.today();
                try {
                    Evaluator.of(engine).evaluateInNewSession(c, p, asOf);
                } catch (InvalidCaseException e) {
                    continue; // refused by the package's vocabulary
                }
                String name = f.startsWith(EXAMPLES) ? "examples/" + EXAMPLES.relativize(f) : f.getParent().getParent().getFileName() + "/" + f.getFileName();
                judged.add(new Judged(name, c, p, asOf));
            }
            return judged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCasesJudgedHereIncludeAnExampleOfEveryMunicipalityFolder() throws IOException {
        List<String> folders;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            folders = s.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> !n.equals("drafts")).sorted().toList();
        }
        assertThat(folders).as("municipality folders of %s", EXAMPLES.toAbsolutePath().normalize()).isNotEmpty();
        List<String> judged = everyCase(PolicyEngine.create()).stream().map(Judged::name).filter(n -> n.startsWith("examples/")).toList();
        for (String folder : folders) {
            assertThat(judged).as("examples judged from examples/%s/", folder).anyMatch(n -> n.startsWith("examples/" + folder + "/"));
        }
    }

    @Test
    void everyCaseJudgedRightAfterAnyOtherCaseOfItsPackageIsJudgedAsInANewSession() {
        PolicyEngine engine = PolicyEngine.create();
        List<Judged> cases = everyCase(engine);
        assertThat(cases).hasSizeGreaterThan(40);
        Map<Judged, String> reference = new LinkedHashMap<>();
        for (Judged j : cases) reference.put(j, engine.toJson(Evaluator.of(engine).evaluateInNewSession(j.policyCase(), j.policy(), j.asOf())));

        Map<PolicyPackage, Long> madeBefore = new LinkedHashMap<>();
        for (Judged j : cases) madeBefore.putIfAbsent(j.policy(), Evaluator.of(engine).sessionsMade(j.policy()));
        int pairs = 0;
        for (Judged before : cases) {
            for (Judged after : cases) {
                if (before.policy() != after.policy()) continue;
                Evaluator.of(engine).evaluate(before.policyCase(), before.policy(), before.asOf());
                String now = engine.toJson(Evaluator.of(engine).evaluate(after.policyCase(), after.policy(), after.asOf()));
                assertThat(now).as("%s judged right after %s", after.name(), before.name()).isEqualTo(reference.get(after));
                pairs++;
            }
        }
        assertThat(pairs).isGreaterThan(1000);
        // (a package whose rules fire on its parameters alone gets a new session per case, and proves nothing here)
        assertThat(madeBefore.keySet()).anyMatch(p -> Evaluator.of(engine).reusesSessions(p));
        for (PolicyPackage p : madeBefore.keySet()) {
            if (!Evaluator.of(engine).reusesSessions(p)) continue;
            assertThat(Evaluator.of(engine).sessionsMade(p) - madeBefore.get(p))
                    .as("%s: a session that is not as new after a case is thrown away and remade; none was", p.id()).isZero();
        }
    }

    @Test
    void manyThreadsSharingOneEngineJudgeEveryCaseAsANewSessionDoes() throws Exception {
        PolicyEngine engine = PolicyEngine.create();
        List<Judged> cases = everyCase(engine);
        Map<Judged, String> reference = new LinkedHashMap<>();
        for (Judged j : cases) reference.put(j, engine.toJson(Evaluator.of(engine).evaluateInNewSession(j.policyCase(), j.policy(), j.asOf())));

        int threads = 6, rounds = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    List<Judged> order = new ArrayList<>(cases);
                    Random random = new Random(seed);
                    for (int r = 0; r < rounds; r++) {
                        Collections.shuffle(order, random);
                        for (Judged j : order) {
                            String now = engine.toJson(engine.evaluate(j.policyCase(), j.policy()));
                            if (!now.equals(reference.get(j))) wrong.add(j.name());
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> f : futures) assertThat(f.get()).as("cases judged differently").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }
}
