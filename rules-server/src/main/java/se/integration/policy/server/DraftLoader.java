package se.integration.policy.server;

import se.integration.policy.core.PolicyPackage;

/**
 * Turns a draft (the JSON of docs/contract.md's drafts, the DRAFTS.md format) into a package that can be
 * judged under. Everything the server does with drafts goes through this one interface: the request
 * parsing (a draft object wherever a version id goes), the workbench's form and its download.
 *
 * <p>Wiring: {@link #forEngine} is the one place that knows how the engine reads drafts; until
 * {@code PolicyEngine.draft(String json, String name)} exists it gives {@link #UNAVAILABLE} (501).
 */
@FunctionalInterface
public interface DraftLoader {
    /**
     * The package the draft describes.
     *
     * @throws ApiProblem 422 for an invalid draft (each problem with its JSON path), 501 where drafts are not available
     */
    PolicyPackage load(String json);

    /** Whether drafts can be loaded at all (the workbench says so beside the form). */
    default boolean available() { return true; }

    /**
     * The drafts of an engine, the server's default. After {@code PolicyEngine.draft(String, String)} is
     * merged, its body becomes:
     * <pre>{@code
     * return json -> {
     *     try {
     *         return engine.draft(json, "draft");
     *     } catch (InvalidDraftException e) {
     *         throw ApiProblem.invalidDraft(e.problems().stream().map(p -> new Problem(p.path(), p.message())).toList());
     *     }
     * };
     * }</pre>
     */
    static DraftLoader forEngine(se.integration.policy.core.PolicyEngine engine) {
        return UNAVAILABLE;
    }

    /** Drafts are not available in this build: every draft is answered with 501. */
    DraftLoader UNAVAILABLE = new DraftLoader() {
        @Override public PolicyPackage load(String json) { throw ApiProblem.draftsUnavailable(); }

        @Override public boolean available() { return false; }
    };
}
