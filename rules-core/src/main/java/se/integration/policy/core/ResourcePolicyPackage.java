package se.integration.policy.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import se.integration.policy.core.facts.ParameterFact;

/**
 * A package described by a parameters file on its class path (read once, on first use). A package
 * module's whole Java code is usually a subclass that names the file:
 *
 * <pre>{@code
 * public final class Jonkoping2023 extends ResourcePolicyPackage {
 *     public Jonkoping2023() { super("se/integration/policy/jonkoping2023/policy.json"); }
 * }
 * }</pre>
 */
public abstract class ResourcePolicyPackage implements PolicyPackage {
    private final String resource;
    private volatile PolicyDefinition definition;

    /**
     * A package whose parameters file is this class-path resource, read on first use.
     *
     * @param resource the resource path of the parameters file, e.g. {@code se/integration/policy/jonkoping2023/policy.json}
     */
    protected ResourcePolicyPackage(String resource) { this.resource = resource; }

    /** {@return the class-path resource of the parameters file} */
    public String resource() { return resource; }

    @Override public PolicyDefinition definition() {
        PolicyDefinition d = definition;
        if (d == null) {
            synchronized (this) {
                d = definition;
                if (d == null) definition = d = load();
            }
        }
        return d;
    }

    /**
     * Sets the last day the registry derived from the next version's first day (this version's data gave none):
     * from then on {@link #definition()} answers with it.
     */
    void endedBySuccessor(PolicyDefinition ended) { definition = ended; }

    private PolicyDefinition load() {
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) throw new PolicyPackageException(getClass().getName() + ": parameters file " + resource + " not found");
            return DefinitionReader.read(in.readAllBytes(), resource, parameterTypes());
        } catch (IOException e) {
            throw new PolicyPackageException(getClass().getName() + ": cannot read " + resource, e);
        }
    }

    @Override public List<Class<? extends ParameterFact>> parameterTypes() { return List.of(); }

    @Override public String toString() { return getClass().getSimpleName() + "[" + resource + "]"; }
}
