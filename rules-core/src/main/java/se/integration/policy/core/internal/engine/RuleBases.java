package se.integration.policy.core.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.KieBaseConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicyPackageException;

/**
 * Builds each package's KieBase once, on first use, from the executable model the
 * {@code kie-maven-plugin} generated at build time ({@code META-INF/kie/<group>/<artifact>/drools-model}),
 * together with the core's shared rule sets the package names. Only the packages used are loaded.
 * Thread-safe.
 */
public final class RuleBases {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBases.class);
    /** The DRL package of a core shared rule set: {@code se.integration.policy.core.rules.<name>}. */
    public static final String SHARED_PACKAGE_PREFIX = "se.integration.policy.core.rules.";
    private static final String CORE_MODEL = "se.integration.policy/rules-core";

    private final Map<String, KieBase> bases = new ConcurrentHashMap<>();

    public KieBase get(PolicyPackage p) {
        // a draft is judged by its base's rules (with parameters of its own): it shares the base's KieBase
        PolicyPackage rules = p instanceof se.integration.policy.core.DraftPackage d ? d.base() : p;
        return bases.computeIfAbsent(rules.id(), id -> build(rules));
    }

    private static KieBase build(PolicyPackage p) {
        long start = System.nanoTime();
        PolicyDefinition d = p.definition();
        List<Model> models = new ArrayList<>(models(p.classLoader(), d.model(), p.id(), null));
        if (!d.sharedRules().isEmpty()) {
            // only the shared sets the package names are instantiated (a cold start loads no more classes than it needs)
            Set<String> wanted = new HashSet<>();
            for (String shared : d.sharedRules()) wanted.add(SHARED_PACKAGE_PREFIX + shared);
            List<Model> core = models(RuleBases.class.getClassLoader(), CORE_MODEL, "rules-core", wanted);
            for (String shared : d.sharedRules()) {
                List<Model> matching = core.stream().filter(m -> m.getPackageName().equals(SHARED_PACKAGE_PREFIX + shared)).toList();
                if (matching.isEmpty()) {
                    throw new PolicyPackageException(p.id() + ": shared rule set '" + shared + "' does not exist in rules-core");
                }
                models.addAll(matching);
            }
        }
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models, conf);
        LOG.debug("built kbase {} for {} in {} ms", d.kbase(), p.id(), (System.nanoTime() - start) / 1_000_000);
        return base;
    }

    /** The executable-model classes of a KJAR; fails clearly when the model was not generated. */
    static List<Model> models(ClassLoader loader, String groupAndArtifact, String who) {
        return models(loader, groupAndArtifact, who, null);
    }

    /** As {@link #models(ClassLoader, String, String)}, only the model classes in the given DRL packages ({@code null}: all). */
    static List<Model> models(ClassLoader loader, String groupAndArtifact, String who, Set<String> packages) {
        String resource = "META-INF/kie/" + groupAndArtifact.replace(':', '/') + "/drools-model";
        String text;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new PolicyPackageException(who + ": the executable model is missing (" + resource + " not found). "
                        + "The module must declare drools-model-compiler directly and run kie-maven-plugin.");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyPackageException(who + ": cannot read " + resource, e);
        }
        List<Model> models = new ArrayList<>();
        for (String line : text.split("\\R")) {
            line = line.trim();
            if (line.isEmpty() || line.contains(":")) continue; // header such as Drools-Model-Version:10.2.0
            if (packages != null && !packages.contains(line.substring(0, Math.max(0, line.lastIndexOf('.'))))) continue;
            try {
                models.add((Model) Class.forName(line, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new PolicyPackageException(who + ": executable model class " + line + " cannot be loaded", e);
            }
        }
        if (models.isEmpty() && packages == null) throw new PolicyPackageException(who + ": " + resource + " names no model class");
        return models;
    }
}
