package se.integration.policy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.InvalidCaseException;

/**
 * The repository's bundled example cases ({@code examples/<municipality>/*.json}), which the build copies into this
 * module's class path under {@code examples/}: read from the jar (or the classes folder in tests), never
 * from outside.
 */
public final class Examples {
    private static final String FOLDER = "examples/";

    private Examples() {}

    /** Every bundled example: path under {@code examples/} (jonkoping/incomplete-application.json) → JSON, in name order. */
    public static Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        try {
            Path source = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                Path folder = source.resolve(FOLDER);
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/drafts/")).toList()) {
                        out.put(folder.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (entry.getName().startsWith(FOLDER) && entry.getName().endsWith(".json") && !entry.getName().contains("/drafts/")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                out.put(entry.getName().substring(FOLDER.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled examples", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) throw new IllegalStateException("no bundled examples under " + FOLDER + " on the class path");
        return out;
    }

    /**
     * The examples a package judges: those of its municipality and of a kind it judges, read strictly;
     * an example the package's vocabulary refuses is left out.
     */
    public static List<PolicyCase> of(PolicyEngine engine, PolicyPackage p) {
        return judgedBy(engine, p).values().stream().toList();
    }

    /** The JSON texts of the examples a package judges (for end-to-end measures). */
    public static List<String> jsonOf(PolicyEngine engine, PolicyPackage p) {
        return List.copyOf(judgedBy(engine, p).keySet());
    }

    /** JSON text → case, of the examples a package judges, in name order. */
    private static Map<String, PolicyCase> judgedBy(PolicyEngine engine, PolicyPackage p) {
        Map<String, PolicyCase> cases = new LinkedHashMap<>();
        for (String json : all().values()) {
            PolicyCase c = engine.read(json);
            if (c.municipality() != p.definition().municipality() || !p.definition().kinds().contains(c.kind())) continue;
            try {
                engine.evaluate(c, p);
                cases.put(json, c);
            } catch (InvalidCaseException e) {
                // the package's own vocabulary refuses it: not a case for this package
            }
        }
        return cases;
    }
}
