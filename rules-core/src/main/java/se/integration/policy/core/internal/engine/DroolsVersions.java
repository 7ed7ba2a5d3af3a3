package se.integration.policy.core.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.PolicyPackage;

/**
 * Compares the Drools version a package's executable model was generated with (the
 * {@code Drools-Model-Version} line {@code kie-maven-plugin} writes into the package jar's
 * {@code META-INF/kie/<group>/<artifact>/drools-model}) with the Drools runtime on the class path, and warns
 * once per differing pair: generated classes of another Drools version may fail to load or behave otherwise.
 */
public final class DroolsVersions {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsVersions.class);
    private static final String HEADER = "Drools-Model-Version:";
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private DroolsVersions() {}

    /** The Drools runtime's version, or null where it cannot be told. */
    public static String runtime() {
        try {
            return org.drools.base.util.Drools.getFullVersion();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The Drools version the package's executable model was generated with, or null where the jar does not say. */
    public static String generated(PolicyPackage p) {
        String resource = "META-INF/kie/" + p.definition().model().replace(':', '/') + "/drools-model";
        try (InputStream in = p.classLoader().getResourceAsStream(resource)) {
            if (in == null) return null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.startsWith(HEADER)) return line.substring(HEADER.length()).trim();
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Warns (once per pair of versions, for the whole JVM) when a package was generated with another Drools
     * version than the one running.
     *
     * @return whether the versions differ
     */
    public static boolean check(PolicyPackage p) {
        return check(p.id(), generated(p), runtime());
    }

    static boolean check(String who, String generated, String runtime) {
        if (generated == null || runtime == null || generated.equals(runtime)) return false;
        if (WARNED.add(generated + " " + runtime)) {
            LOG.warn("policy package {}: its rules were generated with Drools {} but Drools {} is running; use the Drools version"
                    + " the packages were built with (rules-bom manages it)", who, generated, runtime);
        }
        return true;
    }
}
