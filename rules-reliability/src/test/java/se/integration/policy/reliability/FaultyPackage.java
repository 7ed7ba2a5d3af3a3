package se.integration.policy.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.ResourcePolicyPackage;

/**
 * A test package with a throwing rule: jonkoping-2023's parameters and shared rule sets under the id
 * {@value #ID} (in force 1990–1999, so that it overlaps no real version), with {@link ThrowingRules} as
 * its own rules. It is found only while {@link #visible} runs: its service file, parameters file and model
 * list are written to a temporary folder served by a class loader that is the context class loader then
 * (as {@code PolicyRegistry.discover()} looks there); the other tests never see it.
 */
public final class FaultyPackage extends ResourcePolicyPackage {
    static final String ID = "faulty-test";
    private static final String MODEL = "se.integration.policy.reliability/faulty";
    private static volatile ClassLoader loader;

    public FaultyPackage() { super("faulty/policy.json"); }

    @Override public ClassLoader classLoader() { return loader; }

    @Override public String messageBundle() { return "se.integration.policy.jonkoping2023.messages"; }

    /** Runs {@code body} with the faulty package on the class path of {@code PolicyEngine.create()}. */
    static synchronized <T> T visible(Path dir, Callable<T> body) throws Exception {
        Project.packages(); // the other tests' engine is made first, without the faulty package
        Path root = Files.createDirectories(dir.resolve("faulty-package"));
        ObjectNode definition;
        try (InputStream in = FaultyPackage.class.getClassLoader().getResourceAsStream("se/integration/policy/jonkoping2023/policy.json")) {
            definition = (ObjectNode) new ObjectMapper().readTree(in);
        }
        definition.put("id", ID).put("kbase", "kbase.faultytest").put("model", MODEL)
                .put("validFrom", "1990-01-01").put("validTo", "1999-12-31");
        write(root.resolve("faulty/policy.json"), definition.toString());
        write(root.resolve("META-INF/kie/" + MODEL + "/drools-model"), "Drools-Model-Version:10.2.0\n" + ThrowingRules.class.getName() + "\n");
        write(root.resolve("META-INF/services/" + PolicyPackage.class.getName()), FaultyPackage.class.getName() + "\n");
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader l = new URLClassLoader(new java.net.URL[] {root.toUri().toURL()}, FaultyPackage.class.getClassLoader())) {
            loader = l;
            t.setContextClassLoader(l);
            return body.call();
        } finally {
            t.setContextClassLoader(before);
            loader = null;
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
