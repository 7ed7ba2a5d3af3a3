package se.integration.policy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/**
 * The mapping that may excuse a shared rule from firing ({@link RuleNeeds}) says what the rules
 * themselves say: it names rules that exist, each parameter it names is matched by the rule's
 * left-hand side, every shared rule that matches a parameter is listed with all of them, and no
 * case — neither a case file nor a generated one — fires a rule its package is excused from.
 */
class RuleNeedsTest {
    static final Path SHARED_RULES = Path.of("src/main/resources/se/integration/policy/core/rules");
    static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    /** Every shared rule in the core's DRL sources, by id. */
    static Set<String> sharedRulesInTheCore() throws IOException {
        Set<String> ids = new TreeSet<>();
        Path dir = Project.root().resolve("rules-core").resolve(SHARED_RULES);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f);
                Matcher pkg = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(text);
                assertThat(pkg.find()).as("package of %s", f).isTrue();
                Matcher m = RULE_NAME.matcher(text);
                while (m.find()) ids.add(pkg.group(1) + "/" + m.group(1));
            }
        }
        return ids;
    }

    /** Each shared rule, with a package whose KieBase holds it. */
    static Map<String, PolicyPackage> sharedRulesInUse() {
        Map<String, PolicyPackage> rules = new LinkedHashMap<>();
        for (PolicyPackage p : Project.packages()) for (String r : Rules.of(p)) if (Rules.shared(r)) rules.putIfAbsent(r, p);
        return rules;
    }

    @Test
    void everyEntryNamesASharedRuleOfTheCore() throws IOException {
        assertThat(sharedRulesInTheCore()).as("the core's shared rules").containsAll(RuleNeeds.NEEDS.keySet());
    }

    @Test
    void everyParameterAnEntryNamesIsMatchedByTheRulesLeftHandSide() {
        Map<String, PolicyPackage> inUse = sharedRulesInUse();
        assertThat(inUse.keySet()).as("the mapping is checked against rules some package uses").containsAll(RuleNeeds.NEEDS.keySet());
        RuleNeeds.NEEDS.forEach((ruleId, needs) -> {
            Set<Class<?>> lhs = Rules.neededTypes(Rules.rule(inUse.get(ruleId), ruleId));
            Set<Class<?>> reachable = new HashSet<>(lhs);
            lhs.forEach(t -> { if (RuleNeeds.DERIVED_FROM.containsKey(t)) reachable.add(RuleNeeds.DERIVED_FROM.get(t)); });
            for (RuleNeeds.Need n : needs) {
                assertThat(reachable).as("the left-hand side of %s (needs %s)", ruleId, n).contains(n.type());
            }
        });
    }

    @Test
    void everySharedRuleThatMatchesAParameterIsListedWithEveryParameterItMatches() {
        sharedRulesInUse().forEach((ruleId, p) -> {
            Set<Class<?>> parameters = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
            for (Class<?> t : Rules.neededTypes(Rules.rule(p, ruleId))) {
                if (ParameterFact.class.isAssignableFrom(t)) parameters.add(t);
                if (RuleNeeds.DERIVED_FROM.containsKey(t)) parameters.add(RuleNeeds.DERIVED_FROM.get(t));
            }
            if (parameters.isEmpty()) return;
            assertThat(RuleNeeds.NEEDS).as("RuleNeeds lists %s, which matches %s", ruleId, parameters).containsKey(ruleId);
            assertThat(RuleNeeds.NEEDS.get(ruleId).stream().<Class<?>>map(RuleNeeds.Need::type).toList())
                    .as("the parameters RuleNeeds lists for %s", ruleId).containsAll(parameters);
        });
    }

    /**
     * A classification a shared rule matches but only packages derive (UrgentRoute) is inserted only
     * by rules that match the parameter it is derived from, as far as any case shows.
     */
    @Test
    void aDerivedClassificationIsInsertedOnlyByRulesMatchingItsParameter() {
        Map<Class<?>, Set<String>> inserters = new LinkedHashMap<>();
        for (Project.CaseFile f : Project.caseFiles()) {
            PolicyCase c = f.policyCase();
            PolicyPackage p = f.policy();
            Map<Class<?>, Set<String>> seen = new LinkedHashMap<>();
            Rules.fire(c, p, new InsertionListener(seen));
            seen.forEach((type, rules) -> rules.forEach(r -> inserters.computeIfAbsent(type, k -> new TreeSet<>()).add(p.id() + " " + r)));
        }
        assertThat(inserters).as("a derived classification is inserted by some case file, so this test checks something").isNotEmpty();
        inserters.forEach((type, rules) -> {
            for (String packageAndRule : rules) {
                String[] parts = packageAndRule.split(" ", 2);
                PolicyPackage p = Project.ENGINE.registry().get(parts[0]);
                assertThat(Rules.neededTypes(Rules.rule(p, parts[1]))).as("%s inserts %s", packageAndRule, type.getSimpleName())
                        .contains(RuleNeeds.DERIVED_FROM.get(type));
            }
        });
    }

    static final class InsertionListener extends DefaultRuleRuntimeEventListener {
        final Map<Class<?>, Set<String>> seen;

        InsertionListener(Map<Class<?>, Set<String>> seen) { this.seen = seen; }

        @Override public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule != null && RuleNeeds.DERIVED_FROM.containsKey(event.getObject().getClass())) {
                seen.computeIfAbsent(event.getObject().getClass(), k -> new TreeSet<>()).add(Rules.id(rule));
            }
        }
    }

    /**
     * 500 generated cases a package (a fixed seed: the same cases every run), judged with a
     * listener: none fires a rule the package is excused from; and together they fire every rule it
     * is not excused from (so the generators behind the property tests reach every rule, not only the easy ones).
     */
    @Test
    void generatedCasesFireEveryRuleOfTheirPackageButNoneItIsExcusedFrom() {
        List<String> wrong = new ArrayList<>(), unreached = new ArrayList<>();
        for (PolicyPackage p : Project.packages()) {
            Set<String> excused = new TreeSet<>(), fired = new TreeSet<>();
            for (String r : Rules.of(p)) if (RuleNeeds.excused(r, p.definition())) excused.add(r);
            CaseArbitraries.samples(CaseArbitraries.casesOf(p), 500, 20251).forEach((GeneratedCase g) -> {
                PolicyCase c = Judge.read(g);
                if (!p.validate(c).isEmpty()) return;
                try {
                    for (String r : Rules.fired(c, p)) {
                        fired.add(r);
                        if (excused.contains(r)) wrong.add(p.id() + ": " + r + " fired by " + g);
                    }
                } catch (InvalidCaseException e) {
                    // refused as input under the package: nothing fired
                }
            });
            for (String r : Rules.of(p)) if (!excused.contains(r) && !fired.contains(r)) unreached.add(p.id() + ": " + r);
        }
        assertThat(wrong).as("excused rules fired by generated cases").isEmpty();
        assertThat(unreached).as("rules no generated case fires (the generators miss them)").isEmpty();
    }
}
