package se.integration.policy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.model.Municipality;

/**
 * The policy packages on the class path, found with {@link ServiceLoader}. Refuses two packages
 * with the same id or the same kbase name (two jars with one kbase name: one would silently win),
 * packages written for another contract version, and overlapping validity of one municipality's
 * versions; answers which version is in force for a municipality on a date.
 */
public final class PolicyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistry.class);

    private final Map<String, PolicyPackage> byId;

    private PolicyRegistry(Map<String, PolicyPackage> byId) { this.byId = byId; }

    /** The packages visible to this class's class loader (or the context class loader). */
    public static PolicyRegistry discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : PolicyRegistry.class.getClassLoader());
    }

    public static PolicyRegistry discover(ClassLoader classLoader) {
        List<PolicyPackage> found = new ArrayList<>();
        try {
            for (PolicyPackage p : ServiceLoader.load(PolicyPackage.class, classLoader)) found.add(p);
        } catch (ServiceConfigurationError e) {
            throw new PolicyPackageException("a policy package could not be loaded: " + e.getMessage()
                    + " (in a jar built with maven-shade-plugin's minimizeJar: see docs/embedding.md)", e);
        }
        Packaging.check(classLoader, found); // a shaded or minimized application that lost packages or rule classes fails here
        return of(found);
    }

    /** A registry of exactly these packages (checked as discovery checks them). */
    public static PolicyRegistry of(Collection<? extends PolicyPackage> packages) {
        List<String> problems = new ArrayList<>();
        Map<String, PolicyPackage> byId = new LinkedHashMap<>();
        Map<String, PolicyPackage> byKbase = new LinkedHashMap<>();
        for (PolicyPackage p : packages) {
            if (p.contractVersion() != PolicyPackage.CONTRACT_VERSION) {
                problems.add(describe(p) + " is written for contract version " + p.contractVersion()
                        + "; this core implements version " + PolicyPackage.CONTRACT_VERSION);
                continue;
            }
            PolicyDefinition d = p.definition();
            PolicyPackage other = byId.putIfAbsent(d.id(), p);
            if (other != null) problems.add("two packages have the id '" + d.id() + "': " + describe(other) + " and " + describe(p));
            other = byKbase.putIfAbsent(d.kbase(), p);
            if (other != null) problems.add("two packages have the kbase name '" + d.kbase() + "': " + describe(other) + " and " + describe(p));
        }
        Map<Municipality, List<PolicyDefinition>> byMunicipality = byId.values().stream().map(PolicyPackage::definition)
                .collect(Collectors.groupingBy(PolicyDefinition::municipality));
        byMunicipality.forEach((m, defs) -> {
            List<PolicyDefinition> sorted = defs.stream().sorted(Comparator.comparing(PolicyDefinition::validFrom)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                PolicyDefinition prev = sorted.get(i - 1), next = sorted.get(i);
                if (prev.validTo() == null || !prev.validTo().isBefore(next.validFrom())) {
                    problems.add(m.id() + ": " + prev.id() + " and " + next.id() + " are both in force on " + next.validFrom());
                }
            }
        });
        if (!problems.isEmpty()) throw new PolicyPackageException("policy packages: " + String.join("; ", problems));
        LOG.debug("policy packages found: {}", byId.keySet());
        return new PolicyRegistry(byId);
    }

    private static String describe(PolicyPackage p) {
        var src = p.getClass().getProtectionDomain().getCodeSource();
        return p.getClass().getName() + (src != null ? " (" + src.getLocation() + ")" : "");
    }

    /** Every package, ordered by municipality and then valid-from date. */
    public List<PolicyPackage> all() {
        return byId.values().stream().sorted(Comparator.comparing((PolicyPackage p) -> p.definition().municipality().id())
                .thenComparing(p -> p.definition().validFrom())).toList();
    }

    /** The package with this id. */
    public PolicyPackage get(String id) {
        PolicyPackage p = byId.get(id);
        if (p == null) {
            throw new PolicySelectionException("okänd version / no policy version '" + id + "'; kända / known: "
                    + String.join(", ", byId.keySet()));
        }
        return p;
    }

    /**
     * The version of a municipality's rules in force on a day. Where none is, the exception's advice is to name
     * one; tools give their own way of naming it ({@link PolicySelectionException#withAdvice(String)}).
     */
    public PolicyPackage inForce(Municipality municipality, LocalDate day) {
        List<PolicyPackage> candidates = byId.values().stream()
                .filter(p -> p.definition().municipality() == municipality).toList();
        for (PolicyPackage p : candidates) if (p.definition().inForceOn(day)) return p;
        if (candidates.isEmpty()) {
            throw new PolicySelectionException("$.municipality", "ingen version för " + municipality.displayName() + " är installerad / no policy version for "
                    + municipality.id() + " is installed");
        }
        String ranges = candidates.stream().map(p -> p.id() + " " + p.definition().validFrom() + "–"
                + (p.definition().validTo() == null ? "" : p.definition().validTo())).collect(Collectors.joining(", "));
        throw new PolicySelectionException(null, "ingen version av " + municipality.displayName() + "s regler gäller " + day
                + " / no version of " + municipality.id() + "'s rules is in force on " + day
                + " (versioner / versions: " + ranges + ")", "ange en version för att bedöma ändå / name one to judge under it anyway");
    }
}
