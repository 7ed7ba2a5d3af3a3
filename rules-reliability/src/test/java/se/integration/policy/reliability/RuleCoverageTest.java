package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.PolicyCase;

/**
 * No dead rules: the case files of all package modules ({@code ../rules-*}/src/test/resources/cases,
 * and decisions/*.jsonl), judged with a listener on the agenda, fire every rule of every package's
 * KieBase — its own rules and the shared ones it includes — except a shared rule the package lacks
 * the parameters for ({@link RuleNeeds}, the one mapping that may excuse a rule); and every rule of the
 * core's shared rule sets fires under some package (excused in one package, never in all).
 */
class RuleCoverageTest {
    /** package id → rule id → the case files that fire it. */
    static final Map<String, Map<String, List<String>>> FIRED = new TreeMap<>();
    static final List<String> UNJUDGED = new ArrayList<>();

    @BeforeAll
    static void judgeEveryCaseFileOfEveryModuleWithAListener() {
        for (Project.CaseFile f : Project.caseFiles()) {
            PolicyPackage p;
            PolicyCase c;
            try {
                c = f.policyCase();
                p = f.policy();
            } catch (PolicySelectionException e) {
                UNJUDGED.add(f + ": " + e.getMessage());
                continue;
            }
            Map<String, List<String>> byRule = FIRED.computeIfAbsent(p.id(), k -> new TreeMap<>());
            for (String rule : Rules.fired(c, p)) byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(f.toString());
        }
    }

    @Test
    void everyCaseFileIsJudgedUnderAPackageOnTheClassPath() {
        assertThat(UNJUDGED).as("case files whose package this module cannot load (add the package module as a test dependency of rules-reliability)").isEmpty();
        assertThat(Project.caseFiles()).as("case files found in ../rules-*/src/test/resources").hasSizeGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfEveryPackageIsFiredByACaseFile() {
        return Project.packages().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Map<String, List<String>> fired = FIRED.getOrDefault(p.id(), Map.of());
            assertThat(fired).as("%s has case files that fire its rules", p.id()).isNotEmpty();
            List<String> dead = new ArrayList<>();
            for (String rule : Rules.of(p)) {
                if (fired.containsKey(rule)) continue;
                List<RuleNeeds.Need> missing = RuleNeeds.missing(rule, p.definition());
                if (Rules.shared(rule) && !missing.isEmpty()) continue;
                dead.add(rule);
            }
            assertThat(dead).as("rules of %s that no case file fires: add a case file for each to the package's "
                    + "src/test/resources/cases (or, for a shared rule, the package lacks nothing it needs)", p.id()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> noCaseFileFiresARuleItsPackageIsExcusedFrom() {
        return Project.packages().stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Map<String, List<String>> fired = FIRED.getOrDefault(p.id(), Map.of());
            Map<String, List<String>> wronglyExcused = new LinkedHashMap<>();
            fired.forEach((rule, files) -> {
                if (RuleNeeds.excused(rule, p.definition())) wronglyExcused.put(rule, files);
            });
            assertThat(wronglyExcused).as("rules RuleNeeds excuses %s from, yet case files fire them: the mapping is wrong", p.id()).isEmpty();
        }));
    }

    /**
     * A shared rule may be excused in a package that lacks its parameters, but not in every package:
     * each rule of the core's shared rule sets (every rule of its DRL files, whether or not a package
     * includes it) is fired by a case file of at least one package. A rule excused everywhere, or
     * included nowhere, is a dead rule of the core.
     */
    @Test
    void everyRuleOfTheCoresSharedRuleSetsIsFiredByACaseFileOfSomePackage() throws IOException {
        Set<String> shared = new TreeSet<>(coreRules());
        assertThat(shared).as("rules of the core's DRL files").hasSizeGreaterThan(20).allMatch(Rules::shared);
        for (PolicyPackage p : Project.packages()) Rules.of(p).stream().filter(Rules::shared).forEach(shared::add);
        Map<String, List<String>> neverFired = new TreeMap<>();
        for (String rule : shared) {
            if (FIRED.values().stream().anyMatch(byRule -> byRule.containsKey(rule))) continue;
            neverFired.put(rule, Project.packages().stream().filter(p -> Rules.of(p).contains(rule))
                    .map(p -> p.id() + (RuleNeeds.excused(rule, p.definition()) ? " (excused: lacks "
                            + RuleNeeds.missing(rule, p.definition()) + ")" : "")).toList());
        }
        assertThat(neverFired).as("shared rules of the core that no case file of any package fires, with the packages that "
                + "include them (none: no package includes the rule set)").isEmpty();
    }

    static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
    static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    /** The rules of the core's DRL files, by id ({@code <DRL package>/<rule name>}). */
    static Set<String> coreRules() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (Path drl : SecurityTest.drlFiles(Project.root().resolve("rules-core"))) {
            String text = Files.readString(drl);
            Matcher pkg = DRL_PACKAGE.matcher(text);
            if (!pkg.find()) throw new IllegalStateException(drl + " names no package");
            Matcher rule = DRL_RULE.matcher(text);
            while (rule.find()) ids.add(pkg.group(1) + "/" + rule.group(1));
        }
        return ids;
    }

    /** What is excused, package by package (for the record; the test output names them). */
    @Test
    void theRulesExcusedForEachPackageAreSharedRulesWhoseParametersItLacks() {
        Map<String, Set<String>> excused = new TreeMap<>();
        for (PolicyPackage p : Project.packages()) {
            Set<String> rules = Rules.of(p).stream().filter(r -> RuleNeeds.excused(r, p.definition()))
                    .map(r -> r + " (lacks " + RuleNeeds.missing(r, p.definition()).stream().map(Object::toString)
                            .collect(Collectors.joining(", ")) + ")").collect(Collectors.toCollection(TreeSet::new));
            excused.put(p.id(), rules);
            assertThat(rules).allMatch(r -> Rules.shared(r));
        }
        assertThat(excused).isNotEmpty();
    }
}
