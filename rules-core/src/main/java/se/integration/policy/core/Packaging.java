package se.integration.policy.core;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Checks, when packages are discovered, that the way the host application was packaged kept what the engine
 * loads at run time, so that a broken packaging fails at start, naming the cause and the fix (docs/embedding.md),
 * instead of a missing package or a class that cannot be loaded at the first case:
 * <ul>
 * <li>every package jar carries a marker {@code META-INF/se.integration.policy/packages/<id>}, a name no other
 *     jar has, so merging jars (shading) keeps them all; a marked package that {@link java.util.ServiceLoader} did
 *     not find lost its {@code META-INF/services} entry (shaded without {@code ServicesResourceTransformer});</li>
 * <li>every executable-model class that {@code META-INF/kie/<group>/<artifact>/drools-model} names is there
 *     ({@code minimizeJar} drops classes that only a resource names).</li>
 * </ul>
 */
final class Packaging {
    /** The folder of the packages' markers; each package jar holds one file named by its id. */
    static final String MARKERS = "META-INF/se.integration.policy/packages/";
    static final String SERVICES = "META-INF/services/" + PolicyPackage.class.getName();
    private static final String CORE_MODEL = "se.integration.policy/rules-core";

    private Packaging() {}

    /** Fails with a {@link PolicyPackageException} when the packaging lost a package or rule classes. */
    static void check(ClassLoader loader, Collection<? extends PolicyPackage> found) {
        Set<String> missing = markedIds(loader);
        for (PolicyPackage p : found) missing.remove(p.id());
        if (!missing.isEmpty()) {
            throw new PolicyPackageException("policy packages " + quoted(missing) + " are on the class path (" + MARKERS
                    + "<id>) but not registered in " + SERVICES + ": the jars were merged into one and their service files "
                    + "overwrote each other. Merge the service files: maven-shade-plugin's ServicesResourceTransformer "
                    + "(Gradle Shadow: mergeServiceFiles()); see docs/embedding.md");
        }
        List<String> dropped = new ArrayList<>(droppedModelClasses(loader, CORE_MODEL));
        for (PolicyPackage p : found) dropped.addAll(droppedModelClasses(p.classLoader(), p.definition().model()));
        if (!dropped.isEmpty()) {
            throw new PolicyPackageException("executable model classes are missing from the application: " + String.join(", ", dropped)
                    + ". The build dropped them: maven-shade-plugin's minimizeJar removes classes that only a resource names. "
                    + "Do not minimize, or keep every class of the policy jars (a <filter> for se.integration.policy:* "
                    + "including **); see docs/embedding.md");
        }
    }

    /** The ids of the package markers visible to the loader; empty where its resources cannot be listed. */
    static Set<String> markedIds(ClassLoader loader) {
        Set<String> ids = new TreeSet<>();
        try {
            Enumeration<URL> folders = loader.getResources(MARKERS);
            while (folders.hasMoreElements()) {
                URL folder = folders.nextElement();
                if ("file".equals(folder.getProtocol())) {
                    String[] names = new File(folder.toURI()).list();
                    if (names != null) ids.addAll(List.of(names));
                } else {
                    URLConnection c = folder.openConnection();
                    if (!(c instanceof JarURLConnection jar)) continue; // a kind of location that cannot be listed: not checked
                    JarFile file = jar.getJarFile(); // shared with the class loader: not closed here
                    String prefix = jar.getEntryName();
                    for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(prefix) && name.length() > prefix.length() && name.indexOf('/', prefix.length()) < 0) {
                            ids.add(name.substring(prefix.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return new TreeSet<>(); // listing is a safety net, not a requirement
        }
        return ids;
    }

    /** The model classes named in a KJAR's drools-model file that the loader does not have. */
    private static List<String> droppedModelClasses(ClassLoader loader, String groupAndArtifact) {
        String resource = "META-INF/kie/" + groupAndArtifact.replace(':', '/') + "/drools-model";
        List<String> dropped = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) return dropped; // reported, with its own advice, when the rules are first loaded
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                line = line.trim();
                if (line.isEmpty() || line.contains(":")) continue;
                if (loader.getResource(line.replace('.', '/') + ".class") == null) dropped.add(line);
            }
        } catch (IOException e) {
            return dropped;
        }
        return dropped;
    }

    private static String quoted(Set<String> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }
}
