package se.integration.policy.core.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.model.PolicyCase;

/**
 * What the core's own tools and the project's tests reach inside a {@link PolicyEngine} for, without it being
 * part of the engine's public API: its evaluator, the mapper that writes results, and reading a parsed tree.
 * Not for embedding systems.
 */
public final class EngineAccess {
    /** The engine's side of the access, installed by {@link PolicyEngine} when it is loaded. */
    public interface Accessor {
        /** @param engine an engine @return its evaluator */
        Evaluator evaluator(PolicyEngine engine);
        /** @param engine an engine @return the mapper that writes its results */
        ObjectMapper resultMapper(PolicyEngine engine);
        /** @param engine an engine @param tree a parsed case @return the case read strictly */
        PolicyCase read(PolicyEngine engine, JsonNode tree);
    }

    private static volatile Accessor accessor;

    private EngineAccess() {}

    /** Installed once by {@link PolicyEngine}. @param a the engine's accessor */
    public static void install(Accessor a) {
        if (accessor != null) throw new IllegalStateException("installed already");
        accessor = Objects.requireNonNull(a);
    }

    private static Accessor accessor() {
        Accessor a = accessor;
        if (a == null) {
            try {
                Class.forName(PolicyEngine.class.getName(), true, EngineAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = accessor;
        }
        return a;
    }

    /** @param engine an engine @return the evaluator underneath (listeners, KieBases, sessions made) */
    public static Evaluator evaluator(PolicyEngine engine) { return accessor().evaluator(engine); }

    /** @param engine an engine @return the mapper that writes results in contract §2 form */
    public static ObjectMapper resultMapper(PolicyEngine engine) { return accessor().resultMapper(engine); }

    /** @param engine an engine @param tree a parsed case @return the case, read as {@link PolicyEngine#read(String)} reads */
    public static PolicyCase read(PolicyEngine engine, JsonNode tree) { return accessor().read(engine, tree); }
}
