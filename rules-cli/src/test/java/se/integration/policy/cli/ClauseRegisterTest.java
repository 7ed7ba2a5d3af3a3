package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.integration.policy.cli.AllPackagesTest.OCR_DOCUMENTS;
import static se.integration.policy.cli.AllPackagesTest.approximateDistance;
import static se.integration.policy.cli.AllPackagesTest.letters;
import static se.integration.policy.cli.AllPackagesTest.ocrRepaired;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.internal.engine.Evaluator;

/**
 * Issue 18 item 4: each package's clause register ({@code register.json}) lists every normative sentence of its
 * document once, and accounts for every citation the package makes.
 */
class ClauseRegisterTest {
    /** A modal verb of a rule (ska, skall, bör, får, kan) or an amount (digits followed by kr). */
    static final Pattern NORMATIVE = Register.NORMATIVE;

    static Stream<PolicyPackage> packages() { return AllPackagesTest.packages(); }

    static Register register(PolicyPackage p) {
        Register r = Register.of(p);
        assertThat(r).as("the clause register of %s", p.id()).isNotNull();
        return r;
    }

    static String document(String name) throws IOException { return Files.readString(AllPackagesTest.source(name), StandardCharsets.UTF_8); }

    @TestFactory
    Stream<DynamicTest> everyPackageCarriesARegisterOfItsOwnDocument() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Register r = register(p);
            assertThat(r.document()).isEqualTo(p.definition().source());
            assertThat(r.entries()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.section()).isNotBlank();
                assertThat(e.quote()).isNotBlank();
                assertThat(e.status()).isNotNull();
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyRegisterQuoteIsInTheDocument() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Register r = register(p);
            List<String> notFound = new ArrayList<>();
            for (Register.Entry e : r.entries()) {
                // an entry kept from a predecessor's text names that document
                String doc = e.document() != null ? e.document() : r.document();
                boolean ocr = OCR_DOCUMENTS.contains(doc);
                String raw = document(doc);
                String text = letters(ocr ? ocrRepaired(raw) : raw);
                for (String part : e.quote().split("\\[…\\]|…")) {
                    String q = letters(part);
                    if (q.length() < 4) continue;
                    int allowed = ocr ? (int) Math.ceil(q.length() * 0.07) : 0;
                    if (ocr ? approximateDistance(q, text) > allowed : !text.contains(q)) notFound.add(part.strip());
                }
            }
            assertThat(notFound).as("register quotes of %s not in %s", p.id(), r.document()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCiteOfEveryParameterAndRuleNamesASourceARegisterEntryCovers() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            PolicyDefinition d = p.definition();
            Set<String> cited = new LinkedHashSet<>();
            for (ParameterFact f : d.parameters()) cited.add(f.cite());
            for (Rule rule : rules(p)) if (rule.getMetaData().get("cite") != null) cited.add(rule.getMetaData().get("cite").toString());
            cited.remove(null);
            assertThat(cited).isNotEmpty();
            assertThat(uncovered(d, register(p), cited)).as("citations of %s no register entry covers", p.id()).isEmpty();
        }));
    }

    /** The cited source ids no register entry names with a quote that overlaps the source's own. */
    static List<String> uncovered(PolicyDefinition d, Register r, Set<String> cited) {
        List<String> uncovered = new ArrayList<>();
        for (String id : cited) {
            SourceText s = d.sources().get(id);
            boolean covered = s != null && r.entries().stream().filter(e -> e.sources().contains(id)).anyMatch(e -> overlaps(e.quote(), s.quote()));
            if (!covered) uncovered.add(id);
        }
        return uncovered;
    }

    /** One quote holds the other, or a passage of it ("[…]" separates passages). */
    static boolean overlaps(String entry, String source) {
        String e = letters(entry.replace("[…]", "")), s = letters(source.replace("[…]", ""));
        if (e.contains(s) || s.contains(e)) return true;
        for (String part : source.split("\\[…\\]|…")) if (letters(part).length() >= 4 && e.contains(letters(part))) return true;
        for (String part : entry.split("\\[…\\]|…")) if (letters(part).length() >= 4 && s.contains(letters(part))) return true;
        return false;
    }

    @TestFactory
    Stream<DynamicTest> aSentenceMarkedEncodedNamesSourcesAndRulesThatExist() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            assertThat(unknownNames(p.definition(), register(p), ruleNames(p))).as("unknown names in the register of %s", p.id()).isEmpty();
        }));
    }

    static List<String> unknownNames(PolicyDefinition d, Register r, Set<String> ruleNames) {
        List<String> problems = new ArrayList<>();
        for (Register.Entry e : r.entries()) {
            if (e.status() == Register.Status.ENCODED && e.sources().isEmpty() && e.rules().isEmpty()) problems.add("encoded but names nothing: " + e.quote());
            if (e.status() == Register.Status.NOT_ENCODED && (e.note() == null || e.note().isBlank())) problems.add("not encoded without a note: " + e.quote());
            if (e.status() == Register.Status.NOT_REVIEWED) problems.add("not reviewed (give its status): " + e.quote());
            for (String s : e.sources()) if (!d.sources().containsKey(s)) problems.add("no source " + s);
            for (String rule : e.rules()) if (!ruleNames.contains(rule)) problems.add("no rule " + rule);
        }
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everySentenceWithAModalVerbOrAnAmountIsInTheRegister() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Register r = register(p);
            List<String> lacking = unregistered(document(r.document()), r, OCR_DOCUMENTS.contains(r.document()));
            assertThat(lacking).as("normative sentences of %s its register lacks", r.document()).isEmpty();
        }));
    }

    @Test
    void aDutyAddedToTheDocumentIsFoundMissingFromTheRegister() throws IOException {
        Register r = register(AllPackagesTest.ENGINE.registry().get("jonkoping-2013"));
        String text = document(r.document());
        assertThat(unregistered(text, r, false)).isEmpty();
        String longer = text + "\n\nFöreningen ska lämna en extra rapport till kommunstyrelsen.\n\nBidraget är högst 5 000 kr per år.\n";
        assertThat(unregistered(longer, r, false)).containsExactly("Föreningen ska lämna en extra rapport till kommunstyrelsen.", "Bidraget är högst 5 000 kr per år.");
        assertThat(sentences("Den ansvariga är kommunchef. Ingen skuld.\n- en punkt\n- en annan punkt som kan\nfortsätta.\n\n# Rubrik"))
                .containsExactly("Den ansvariga är kommunchef.", "Ingen skuld.", "- en punkt", "- en annan punkt som kan fortsätta.", "# Rubrik");
    }

    @Test
    void aRegisterNamingAnUnknownSourceOrRuleOrCoveringNoCitationIsFound() {
        PolicyPackage p = AllPackagesTest.ENGINE.registry().get("jonkoping-2013");
        PolicyDefinition d = p.definition();
        Register.Entry wrong = new Register.Entry("Beslutsförfarande", "Projektansökningar på 50 000 kr och därunder, beslutas av utredningschefen på stadskontorets utredningsenhet.",
                Register.Status.ENCODED, List.of("decision.upTo", "decision.nowhere"), List.of("Beslutsförfarande: no such rule"), null);
        assertThat(unknownNames(d, new Register(d.source(), null, List.of(wrong)), ruleNames(p)))
                .containsExactly("no source decision.nowhere", "no rule Beslutsförfarande: no such rule");
        assertThat(uncovered(d, new Register(d.source(), null, List.of(wrong)), Set.of("decision.upTo", "decision.above"))).containsExactly("decision.above");
    }

    /** The sentences of {@code text} with a modal verb or an amount that no register quote holds (nor is held by). */
    static List<String> unregistered(String text, Register r, boolean ocr) {
        List<String> quotes = r.entries().stream().map(e -> letters(e.quote().replace("[…]", ""))).toList();
        List<String> lacking = new ArrayList<>();
        for (String sentence : sentences(text)) {
            if (!NORMATIVE.matcher(sentence).find()) continue;
            String s = letters(ocr ? ocrRepaired(sentence) : sentence);
            if (s.length() < 4) continue;
            boolean found = quotes.stream().anyMatch(q -> ocr
                    ? approximateDistance(s, q) <= Math.ceil(s.length() * 0.07) || approximateDistance(q, s) <= Math.ceil(q.length() * 0.07)
                    : q.contains(s) || s.contains(q));
            if (!found) lacking.add(sentence);
        }
        return lacking;
    }

    /** The sentence splitter of {@link Register#sentences} (which {@code policy new-version} uses too). */
    static List<String> sentences(String text) { return Register.sentences(text); }

    static List<Rule> rules(PolicyPackage p) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kp : Evaluator.of(AllPackagesTest.ENGINE).kieBase(p).getKiePackages()) rules.addAll(kp.getRules());
        return rules;
    }

    static Set<String> ruleNames(PolicyPackage p) {
        Set<String> names = new LinkedHashSet<>();
        for (Rule r : rules(p)) names.add(r.getName());
        return names;
    }
}
