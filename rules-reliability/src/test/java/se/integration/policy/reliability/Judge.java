package se.integration.policy.reliability;

import se.integration.policy.core.internal.engine.EngineAccess;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import net.jqwik.api.Assume;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;
import se.integration.policy.reliability.CaseArbitraries.GeneratedCase;

/** Reading and judging generated cases the way a caller does: JSON text in, result out. */
final class Judge {
    private Judge() {}

    /** Reads a generated case as a caller would (from its JSON text). A generated case is valid: reading it must not fail. */
    static PolicyCase read(GeneratedCase g) { return read(g.json()); }

    static PolicyCase read(JsonNode json) { return Project.ENGINE.read(json.toString()); }

    /**
     * Reads a generated case and checks it against its package's own vocabulary; a case the package
     * refuses as input (its {@code validate}) is not a valid case for it, and the try is discarded.
     */
    static PolicyCase validFor(GeneratedCase g) { return validFor(g.json(), g.policy()); }

    static PolicyCase validFor(JsonNode json, PolicyPackage p) {
        PolicyCase c = read(json);
        Assume.that(p.validate(c).isEmpty());
        return c;
    }

    /** Judges a valid case under its package. */
    static Result evaluate(GeneratedCase g) { return evaluate(Project.ENGINE, validFor(g), g.policy()); }

    static Result evaluate(JsonNode json, PolicyPackage p) { return evaluate(Project.ENGINE, validFor(json, p), p); }

    static Result evaluate(PolicyEngine engine, PolicyCase c, PolicyPackage p) { return engine.evaluate(c, p); }

    /** The result as contract §2 JSON (a tree). */
    static JsonNode tree(Result r) { return EngineAccess.resultMapper(Project.ENGINE).valueToTree(r); }

    static String json(Result r) { return Project.ENGINE.toJson(r); }

    /** The day a case is judged on by the engine. */
    static LocalDate asOf(PolicyCase c) { return c.asOf() != null ? c.asOf() : Project.ENGINE.today(); }
}
