package se.integration.policy.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.internal.engine.DroolsVersions;
import se.integration.policy.core.model.Municipality;

/**
 * The policy packages on the class path, found with {@link ServiceLoader}. Finds what is wrong with the
 * installation: two packages with the same id or the same kbase name (two jars with one kbase name: one
 * would silently win), packages written for another contract version, and overlapping validity of one
 * municipality's versions; answers which version is in force for a municipality on a date.
 *
 * <p>A version whose data gives no last day ({@code validTo} null) ends the day before the next version of
 * its municipality (by {@code validFrom}) is in force: a text says when it takes effect, never when a later
 * text will replace it, so the successor's first day ends it and no version's data names another. The end is
 * derived here, once; an explicit {@code validTo} in the data wins, and two versions still in force on one
 * day (an explicit end after the next one's start, or one first day) are refused as before. Where the
 * successor's first day is itself an assumption, the derived end is recorded as the assumption {@code validTo}.
 *
 * <p>A registry made with {@link #of(Collection)} refuses any such problem at once. One made with
 * {@link #tolerant(Collection)} (as {@link #discover()} and {@link PolicyEngine#create()} do) sets the broken
 * packages aside, logs a WARN for each problem, and throws {@link PolicyPackageException} only when a case
 * would be judged under one of them: a broken package is that package's error, and the others still work.
 */
public final class PolicyRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyRegistry.class);

    /** The usable packages by id. */
    private final Map<String, PolicyPackage> byId;
    /** The packages set aside, each with what is wrong with it. */
    private final List<Broken> broken;
    private final List<String> problems;

    /** A package set aside: its id, its municipality and validity where they could be read, and the problem. */
    private record Broken(String id, Municipality municipality, LocalDate from, LocalDate to, String problem) {
        boolean inForceOn(LocalDate day) {
            return municipality != null && from != null && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    private PolicyRegistry(Map<String, PolicyPackage> byId, List<Broken> broken, List<String> problems) {
        this.byId = byId;
        this.broken = List.copyOf(broken);
        this.problems = List.copyOf(problems);
    }

    /**
     * The packages visible to the context class loader (or this class's): broken ones set aside with a WARN,
     * and a WARN when none is found.
     *
     * @return the registry of the packages found
     */
    public static PolicyRegistry discover() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return discover(cl != null ? cl : PolicyRegistry.class.getClassLoader());
    }

    /**
     * The packages a class loader sees, as {@link #discover()} finds them.
     *
     * @param classLoader the class loader whose {@code META-INF/services} entries name the packages
     * @return the registry of the packages found
     * @throws NullPointerException if {@code classLoader} is null
     */
    public static PolicyRegistry discover(ClassLoader classLoader) {
        java.util.Objects.requireNonNull(classLoader, "classLoader");
        List<PolicyPackage> found = new ArrayList<>();
        List<String> unloadable = new ArrayList<>();
        Iterator<PolicyPackage> it = ServiceLoader.load(PolicyPackage.class, classLoader).iterator();
        for (int guard = 0; guard < 10_000; guard++) {
            try {
                if (!it.hasNext()) break;
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                // one provider that cannot be loaded is its own problem; the others are still found
                unloadable.add("a policy package could not be loaded: " + e.getMessage()
                        + " (in a jar built with maven-shade-plugin's minimizeJar: see docs/embedding.md)");
            }
        }
        Packaging.check(classLoader, found); // a shaded or minimized application that lost packages or rule classes fails here
        PolicyRegistry r = make(found, unloadable);
        for (String p : r.problems) LOG.warn("policy package set aside: {}", p);
        if (r.byId.isEmpty() && r.broken.isEmpty()) {
            LOG.warn("no policy package found on the class path (META-INF/services/{}): every case will fail to select a version;"
                    + " add a package such as rules-jonkoping-2023, or, in a shaded jar, merge the services files", PolicyPackage.class.getName());
        }
        return r;
    }

    /**
     * A registry of exactly these packages, refusing any problem of the installation.
     *
     * @param packages the packages
     * @return the registry
     * @throws PolicyPackageException naming every problem: two packages with one id or kbase name, a package for
     *                                another contract version, two versions of one municipality in force on one day
     * @throws NullPointerException if {@code packages} is {@code null}
     */
    public static PolicyRegistry of(Collection<? extends PolicyPackage> packages) {
        PolicyRegistry r = make(packages, List.of());
        if (!r.problems.isEmpty()) throw new PolicyPackageException("policy packages: " + String.join("; ", r.problems));
        return r;
    }

    /**
     * A registry of these packages with the broken ones set aside: each problem is in {@link #problems()}, and
     * judging a case under a package set aside throws {@link PolicyPackageException} with its problem.
     *
     * @param packages the packages
     * @return the registry
     * @throws NullPointerException if {@code packages} is {@code null}
     */
    public static PolicyRegistry tolerant(Collection<? extends PolicyPackage> packages) {
        return make(packages, List.of());
    }

    private static PolicyRegistry make(Collection<? extends PolicyPackage> packages, List<String> earlier) {
        List<String> problems = new ArrayList<>(earlier);
        List<Broken> broken = new ArrayList<>();
        Map<String, List<PolicyPackage>> byId = new LinkedHashMap<>();
        Map<String, List<PolicyPackage>> byKbase = new LinkedHashMap<>();
        for (PolicyPackage p : packages) {
            PolicyDefinition d;
            try {
                d = p.definition();
            } catch (RuntimeException e) {
                String problem = describe(p) + " cannot be read: " + e.getMessage();
                problems.add(problem);
                broken.add(new Broken(null, null, null, null, problem));
                continue;
            }
            if (p.contractVersion() != PolicyPackage.CONTRACT_VERSION) {
                String problem = describe(p) + " is written for contract version " + p.contractVersion()
                        + "; this core implements version " + PolicyPackage.CONTRACT_VERSION;
                problems.add(problem);
                broken.add(new Broken(d.id(), d.municipality(), d.validFrom(), d.validTo(), problem));
                continue;
            }
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(p);
            byKbase.computeIfAbsent(d.kbase(), k -> new ArrayList<>()).add(p);
        }
        Set<PolicyPackage> setAside = new LinkedHashSet<>();
        Map<PolicyPackage, String> why = new LinkedHashMap<>();
        byId.forEach((id, ps) -> {
            if (ps.size() < 2) return;
            String problem = "two packages have the id '" + id + "': " + ps.stream().map(PolicyRegistry::describe).collect(Collectors.joining(" and "));
            problems.add(problem);
            for (PolicyPackage p : ps) if (setAside.add(p)) why.put(p, problem);
        });
        byKbase.forEach((kbase, ps) -> {
            if (ps.size() < 2) return;
            String problem = "two packages have the kbase name '" + kbase + "': " + ps.stream().map(PolicyRegistry::describe).collect(Collectors.joining(" and "));
            problems.add(problem);
            for (PolicyPackage p : ps) if (setAside.add(p)) why.put(p, problem);
        });
        Map<Municipality, List<PolicyPackage>> byMunicipality = byId.values().stream().flatMap(List::stream)
                .filter(p -> !setAside.contains(p))
                .collect(Collectors.groupingBy(p -> p.definition().municipality(), LinkedHashMap::new, Collectors.toList()));
        byMunicipality.values().forEach(PolicyRegistry::endBySuccessors);
        byMunicipality.forEach((m, ps) -> {
            List<PolicyPackage> sorted = ps.stream().sorted(Comparator.comparing((PolicyPackage p) -> p.definition().validFrom())).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    PolicyDefinition a = sorted.get(i).definition(), b = sorted.get(j).definition();
                    if (a.validTo() != null && a.validTo().isBefore(b.validFrom())) continue;
                    String problem = m.id() + ": " + a.id() + " (" + range(a) + ") and " + b.id() + " (" + range(b)
                            + ") are both in force on " + b.validFrom();
                    problems.add(problem);
                    for (PolicyPackage p : List.of(sorted.get(i), sorted.get(j))) if (setAside.add(p)) why.put(p, problem);
                }
            }
        });
        Map<String, PolicyPackage> usable = new LinkedHashMap<>();
        byId.forEach((id, ps) -> ps.stream().filter(p -> !setAside.contains(p)).forEach(p -> usable.put(id, p)));
        why.forEach((p, problem) -> {
            PolicyDefinition d = p.definition();
            broken.add(new Broken(d.id(), d.municipality(), d.validFrom(), d.validTo(), problem));
        });
        for (PolicyPackage p : usable.values()) DroolsVersions.check(p);
        LOG.debug("policy packages found: {}", usable.keySet());
        return new PolicyRegistry(usable, broken, problems);
    }

    /**
     * Each version of one municipality without a last day of its own ends the day before the next one (by first
     * day) begins. Only packages read from a parameters file ({@link ResourcePolicyPackage}) are given an end; two
     * versions with one first day are left for the overlap check.
     */
    private static void endBySuccessors(List<PolicyPackage> versions) {
        List<PolicyPackage> sorted = versions.stream().sorted(Comparator.comparing((PolicyPackage p) -> p.definition().validFrom())).toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            PolicyDefinition a = sorted.get(i).definition(), b = sorted.get(i + 1).definition();
            if (a.validTo() != null || !a.validFrom().isBefore(b.validFrom()) || !(sorted.get(i) instanceof ResourcePolicyPackage rp)) continue;
            rp.endedBySuccessor(endedBy(a, b));
        }
    }

    /** {@code a} with its last day the day before {@code b}'s first, and an assumption {@code validTo} where {@code b}'s first day is one. */
    static PolicyDefinition endedBy(PolicyDefinition a, PolicyDefinition b) {
        LocalDate end = b.validFrom().minusDays(1);
        List<Assumption> assumptions = new ArrayList<>(a.assumptions());
        if (b.assumes("validFrom") && !a.assumes("validTo")) {
            assumptions.add(new Assumption("validTo", "In force up to and including " + end + ", the day before " + b.id() + " is in force.",
                    "Derived from " + b.id() + "'s first day (" + b.validFrom() + "), itself an assumption: " + b.id() + "'s text does not give it."));
        }
        try {
            var components = PolicyDefinition.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String name = components[i].getName();
                values[i] = name.equals("validTo") ? end : name.equals("assumptions") ? assumptions : components[i].getAccessor().invoke(a);
            }
            return PolicyDefinition.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the definition of " + a.id(), e);
        }
    }

    private static String range(PolicyDefinition d) {
        return d.validFrom() + "–" + (d.validTo() == null ? "" : d.validTo());
    }

    private static String describe(PolicyPackage p) {
        var src = p.getClass().getProtectionDomain().getCodeSource();
        return p.getClass().getName() + (src != null ? " (" + src.getLocation() + ")" : "");
    }

    /**
     * Every usable package.
     *
     * @return the packages not set aside, ordered by municipality and then valid-from date
     */
    public List<PolicyPackage> all() {
        return byId.values().stream().sorted(Comparator.comparing((PolicyPackage p) -> p.definition().municipality().id())
                .thenComparing(p -> p.definition().validFrom())).toList();
    }

    /**
     * What is wrong with the installation: one sentence per problem, naming the package(s) and, for overlapping
     * versions, the dates. Empty where nothing is.
     *
     * @return the problems found when the registry was made
     */
    public List<String> problems() { return problems; }

    /**
     * Whether a usable package has this id.
     *
     * @param id a package id such as {@code jonkoping-2023}
     * @return true if {@link #get(String)} returns a package for it
     */
    public boolean contains(String id) { return byId.containsKey(id); }

    /**
     * The package with this id.
     *
     * @param id a package id such as {@code jonkoping-2023}
     * @return the package
     * @throws PolicySelectionException if no package has the id
     * @throws PolicyPackageException   if the package with the id was set aside as broken
     */
    public PolicyPackage get(String id) {
        PolicyPackage p = byId.get(id);
        if (p == null) {
            for (Broken b : broken) {
                if (id.equals(b.id())) throw new PolicyPackageException("policy package " + id + " cannot be used: " + b.problem());
            }
            throw new PolicySelectionException("okänd version / no policy version '" + id + "'; kända / known: "
                    + String.join(", ", byId.keySet()));
        }
        return p;
    }

    /**
     * The version of a municipality's rules in force on a day. Where none is, the exception's advice is to name
     * one; tools give their own way of naming it ({@link PolicySelectionException#withAdvice(String)}).
     *
     * @param municipality the municipality
     * @param day          the day
     * @return the package in force
     * @throws PolicySelectionException if no version of the municipality is installed or in force on the day
     * @throws PolicyPackageException   if a version set aside as broken is in force on the day
     */
    public PolicyPackage inForce(Municipality municipality, LocalDate day) {
        for (Broken b : broken) {
            if (b.municipality() == municipality && b.inForceOn(day)) {
                throw new PolicyPackageException("policy package " + b.id() + " is in force for " + municipality.id() + " on " + day
                        + " but cannot be used: " + b.problem());
            }
        }
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
