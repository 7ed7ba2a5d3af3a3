package se.integration.policy.core;

import java.util.List;
import se.integration.policy.core.facts.ParameterFact;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.Problem;

/**
 * A guideline version encoded as a Drools rule package: the service a package module provides in
 * {@code META-INF/services/se.integration.policy.core.PolicyPackage} and the
 * {@link PolicyRegistry} finds with {@link java.util.ServiceLoader}, as SLF4J finds its providers.
 *
 * <p>Most packages extend {@link ResourcePolicyPackage} and only name their parameters file.
 */
public interface PolicyPackage {

    /** The contract version this core implements; a package built for another is refused. */
    int CONTRACT_VERSION = 1;

    /** {@return the package's metadata and parameters} */
    PolicyDefinition definition();

    /** {@return the version id, from {@link #definition()}} */
    default String id() { return definition().id(); }

    /** {@return the contract version the package was written against} */
    default int contractVersion() { return CONTRACT_VERSION; }

    /** {@return the parameter fact types of the package's own, beyond the core's} */
    default List<Class<? extends ParameterFact>> parameterTypes() { return List.of(); }

    /**
     * Checks of the input that depend on the package's vocabulary (for example focus-area keys): each
     * a problem with its JSON path, making the case invalid input under this package.
     *
     * @param policyCase the case, already checked against the contract
     * @return the problems; empty when there are none (the default)
     */
    default List<Problem> validate(PolicyCase policyCase) { return List.of(); }

    /** {@return the class loader that sees the package's rules and resources} */
    default ClassLoader classLoader() { return getClass().getClassLoader(); }

    /**
     * The base name of the package's own message bundle (for codes of its own), or {@code null}.
     * Looked up before the core's bundle.
     *
     * @return the bundle's base name, or {@code null} (the default)
     */
    default String messageBundle() { return null; }
}
