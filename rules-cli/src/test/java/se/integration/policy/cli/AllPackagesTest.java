package se.integration.policy.cli;

import se.integration.policy.core.internal.engine.Evaluator;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.internal.engine.RuleBases;

/**
 * Checks that hold for every package on the class path (the command line has them all): its rules
 * load from the executable model, its kmodule.xml names the kbase it declares, every citation it
 * uses exists and quotes its document, and every code it can raise has a Swedish and an English message.
 */
class AllPackagesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final Path SOURCES = Path.of("../docs/sources");

    /**
     * A source document: in docs/sources, or carried by its own module (a version adopted with {@code policy
     * new-version} keeps its text in {@code src/test/resources/sources/}, so that adding it changes no file outside it).
     */
    static Path source(String name) {
        if (Files.exists(SOURCES.resolve(name))) return SOURCES.resolve(name);
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path m : modules.filter(x -> x.getFileName().toString().startsWith("rules-")).sorted().toList()) {
                Path own = m.resolve("src/test/resources/sources").resolve(name);
                if (Files.exists(own)) return own;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SOURCES.resolve(name);
    }
    /**
     * Documents that are OCR of a PDF: å/ä/ö were lost or read as other characters ("6kad", "&ret",
     * "mén"), so a quote with them restored may differ from the text by up to 7 % of its letters.
     * Quotes from every other document must match it letter for letter.
     */
    static final Set<String> OCR_DOCUMENTS = Set.of("001_3d72e86f4022904f.txt");

    static Stream<PolicyPackage> packages() { return ENGINE.registry().all().stream(); }

    @TestFactory
    Stream<DynamicTest> everyPackageBuildsItsKieBaseFromTheExecutableModel() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            KieBase base = Evaluator.of(ENGINE).kieBase(p);
            List<Rule> own = ownRules(p, base);
            assertThat(own).as("rules of %s", p.id()).isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> kbaseNamesAndIdsAreUniqueAndMatchEachKmoduleXml() {
        List<PolicyPackage> all = ENGINE.registry().all();
        Set<String> kbases = new HashSet<>(), ids = new HashSet<>();
        for (PolicyPackage p : all) {
            assertThat(kbases.add(p.definition().kbase())).as("kbase %s unique", p.definition().kbase()).isTrue();
            assertThat(ids.add(p.id())).as("id %s unique", p.id()).isTrue();
        }
        return all.stream().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            String kmodule = kmoduleOf(p);
            String drlPackage = p.getClass().getPackageName();
            assertThat(kmodule).as("kmodule.xml of %s", p.id())
                    .contains("name=\"" + p.definition().kbase() + "\"")
                    .contains("packages=\"" + drlPackage + "\"");
            KieBase base = Evaluator.of(ENGINE).kieBase(p);
            assertThat(base.getKiePackages()).extracting(KiePackage::getName).contains(drlPackage);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCiteOfEveryRuleNamesASourceOfItsPackage() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            List<String> problems = new ArrayList<>();
            for (KiePackage kp : Evaluator.of(ENGINE).kieBase(p).getKiePackages()) {
                for (Rule r : kp.getRules()) {
                    Object cite = r.getMetaData().get("cite");
                    if (cite != null && !p.definition().sources().containsKey(cite.toString())) {
                        problems.add(r.getName() + " cites unknown '" + cite + "'");
                    }
                }
            }
            assertThat(problems).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyQuoteIsFoundInItsSourceDocument() {
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            PolicyDefinition d = p.definition();
            assertThat(source(d.source())).as("the source document of %s is carried in docs/sources or its module", p.id()).exists();
            List<String> notFound = new ArrayList<>();
            d.sources().forEach((id, s) -> {
                // a version adopted from a draft cites its own text and, for what it kept, its predecessor's (source.document)
                String document = s.document() != null ? s.document() : d.source();
                boolean ocr = OCR_DOCUMENTS.contains(document);
                String raw;
                try {
                    raw = Files.readString(source(document), StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    notFound.add(id + ": its document " + document + " is not in docs/sources");
                    return;
                }
                String text = letters(ocr ? ocrRepaired(raw) : raw);
                for (String part : s.quote().split("\\[…\\]|…")) {
                    String q = letters(part);
                    if (q.length() < 4) continue;
                    int allowed = ocr ? (int) Math.ceil(q.length() * 0.07) : 0;
                    if (approximateDistance(q, text) > allowed) notFound.add(id + ": " + part.strip());
                }
                assertThat(s.section()).as("section of %s", id).isNotBlank();
            });
            assertThat(notFound).as("quotes of %s not found in %s", p.id(), d.source()).isEmpty();
        }));
    }

    @org.junit.jupiter.api.Test
    void aQuoteTheDocumentDoesNotSayIsNotFoundWhileOneWithLostDiacriticsIs() throws IOException {
        String text = letters(ocrRepaired(Files.readString(SOURCES.resolve("001_3d72e86f4022904f.txt"))));
        String real = letters("Enskilda personer beviljas inte bidrag från anslaget för integration och delaktighet.");
        String altered = letters("Enskilda personer beviljas alltid bidrag från anslaget för integration och delaktighet.");
        assertThat(approximateDistance(real, text)).isLessThanOrEqualTo((int) Math.ceil(real.length() * 0.07));
        assertThat(approximateDistance(altered, text)).isGreaterThan(0);
        String clean = letters(Files.readString(SOURCES.resolve("000_7e67ce9a81018cd0.txt")));
        assertThat(approximateDistance(real, clean)).as("exact in the clean 2013 text").isZero();
        assertThat(approximateDistance(altered, clean)).as("one changed word is caught in a clean text").isGreaterThan(0);
        String invented = letters("Föreningar med fler än hundra medlemmar beviljas dubbelt anslag.");
        assertThat(approximateDistance(invented, text)).isGreaterThan(invented.length() / 8);
    }

    @TestFactory
    Stream<DynamicTest> everyCodeARuleCanRaiseHasSwedishAndEnglishMessages() {
        Pattern finding = Pattern.compile("RaisedFinding\\.(?:error|warning|info|ineligible)\\(\\s*\"([A-Z_]+)\"");
        Pattern obligation = Pattern.compile("DueObligation\\.(?:of|advisory)\\(\\s*\"([A-Z_]+)\"");
        return packages().map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            Set<String> keys = new HashSet<>();
            for (String drl : drlTexts(p)) {
                Matcher m = finding.matcher(drl);
                while (m.find()) keys.add("finding." + m.group(1));
                m = obligation.matcher(drl);
                while (m.find()) keys.add("obligation." + m.group(1));
            }
            p.definition().parameters(se.integration.policy.core.facts.Duty.class).forEach(duty -> keys.add("obligation." + duty.code()));
            assertThat(keys).isNotEmpty();
            List<String> missing = new ArrayList<>();
            for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                List<ResourceBundle> bundles = new ArrayList<>();
                if (p.messageBundle() != null) bundles.add(ResourceBundle.getBundle(p.messageBundle(), locale, p.classLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
                bundles.add(ResourceBundle.getBundle("se.integration.policy.core.messages", locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
                for (String k : keys) if (bundles.stream().noneMatch(b -> b.containsKey(k))) missing.add(locale + ":" + k);
            }
            assertThat(missing).isEmpty();
        }));
    }

    static ResourceBundle bundle(PolicyPackage p, Locale locale) {
        return ResourceBundle.getBundle(p.messageBundle(), locale, p.classLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A package labels each heading term (its data) in words of its document's heading for that key. */
    @TestFactory
    Stream<DynamicTest> everyHeadingTermOfAPackageIsLabelledInWordsOfItsDocumentsOwnHeadingForThatKey() {
        return packages().filter(p -> p.messageBundle() != null).map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            ResourceBundle sv = bundle(p, Locale.forLanguageTag("sv"));
            List<String> wrong = new ArrayList<>();
            for (se.integration.policy.core.facts.Term term : p.definition().parameters(se.integration.policy.core.facts.Term.class)) {
                if (!term.vocabulary().equals(se.integration.policy.core.facts.Term.HEADING)) continue;
                String key = term.key();
                String label = letters(term.sv());
                boolean begins = p.definition().sources().entrySet().stream()
                        .filter(e -> e.getKey().startsWith("heading.") && e.getKey().endsWith("." + key))
                        .anyMatch(e -> letters(e.getValue().quote()).contains(label));
                if (!begins) wrong.add(key + ": " + term.sv());
            }
            assertThat(wrong).as("heading labels of %s that are not words of its document's heading", p.id()).isEmpty();
        }));
    }

    /** A package's own messages are Swedish first with English beside: no English without Swedish, no finding or duty without English. */
    @TestFactory
    Stream<DynamicTest> everyMessageOfAPackagesOwnBundleHasSwedishAndEnglish() {
        return packages().filter(p -> p.messageBundle() != null).map(p -> DynamicTest.dynamicTest(p.id(), () -> {
            ResourceBundle sv = bundle(p, Locale.forLanguageTag("sv")), en = bundle(p, Locale.ENGLISH);
            assertThat(en.keySet()).as("English keys of %s", p.id()).isSubsetOf(sv.keySet());
            for (String key : sv.keySet()) {
                if (key.startsWith("obligation.") || key.startsWith("finding.")) assertThat(en.keySet()).as("English for %s of %s", key, p.id()).contains(key);
            }
        }));
    }

    static List<Rule> ownRules(PolicyPackage p, KieBase base) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kp : base.getKiePackages()) if (!kp.getName().startsWith(RuleBases.SHARED_PACKAGE_PREFIX)) rules.addAll(kp.getRules());
        return rules;
    }

    /** The DRL sources of a package and of the shared sets it includes (the KJARs carry their .drl files). */
    static List<String> drlTexts(PolicyPackage p) throws IOException {
        List<String> texts = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        folders.add(p.getClass().getPackageName().replace('.', '/'));
        for (String s : p.definition().sharedRules()) folders.add((RuleBases.SHARED_PACKAGE_PREFIX + s).replace('.', '/'));
        for (String folder : folders) {
            URL url = p.classLoader().getResource(folder);
            assertThat(url).as("resources of %s", folder).isNotNull();
            if (url.getProtocol().equals("jar")) {
                try (var fs = java.nio.file.FileSystems.newFileSystem(java.net.URI.create(url.toString().substring(0, url.toString().indexOf("!/"))), java.util.Map.of());
                     Stream<Path> files = Files.list(fs.getPath(folder))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) texts.add(Files.readString(f));
                }
            } else {
                try (Stream<Path> files = Files.list(Path.of(java.net.URI.create(url.toString())))) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) texts.add(Files.readString(f));
                }
            }
        }
        assertThat(texts).as("DRL files of %s", p.id()).isNotEmpty();
        return texts;
    }

    static String kmoduleOf(PolicyPackage p) throws IOException {
        String location = p.getClass().getProtectionDomain().getCodeSource().getLocation().toString();
        for (URL url : Collections.list(p.classLoader().getResources("META-INF/kmodule.xml"))) {
            String u = url.toString();
            if (u.startsWith("jar:" + location) || u.startsWith(location)) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no META-INF/kmodule.xml beside " + p.getClass().getName() + " at " + location);
    }

    /** Characters the OCR of 001 put where ö and å/ä were ("6kad" = "ökad", "&ret" = "året", "4r" = "är"). */
    static String ocrRepaired(String s) { return s.replace('6', 'o').replace('&', 'a').replace('4', 'a'); }

    /** Letters only, lower case, å/ä/ö/é folded (the OCR of 001 lost them), so quotes compare with their source. */
    static String letters(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z]", "");
    }

    /** The smallest edit distance between {@code pattern} and any substring of {@code text} (Sellers). */
    static int approximateDistance(String pattern, String text) {
        int m = pattern.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int i = 0; i <= m; i++) prev[i] = i;
        int best = m;
        for (int j = 1; j <= text.length(); j++) {
            cur[0] = 0;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int cost = pattern.charAt(i - 1) == c ? 0 : 1;
                cur[i] = Math.min(Math.min(cur[i - 1] + 1, prev[i] + 1), prev[i - 1] + cost);
            }
            best = Math.min(best, cur[m]);
            int[] t = prev; prev = cur; cur = t;
        }
        return best;
    }
}
