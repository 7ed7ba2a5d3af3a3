package se.integration.policy.server;

import se.integration.policy.core.PolicyPackage;

/**
 * Turns a draft (the JSON of docs/contract.md's drafts, the DRAFTS.md format) into a package that can be
 * judged under. Everything the server does with drafts goes through this one interface: the request
 * parsing (a draft object wherever a version id goes), the workbench's form and its download.
 *
 * <p>Wiring (after the drafts of {@code PolicyEngine.draft(String json, String name)} are merged):
 * {@code DraftLoader drafts = json -> engine.draft(json, "draft");} and map its
 * {@code InvalidDraftException} to {@link ApiProblem#invalidDraft}. Until then {@link #UNAVAILABLE}
 * answers 501.
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

    /** Drafts are not available in this build: every draft is answered with 501. */
    DraftLoader UNAVAILABLE = new DraftLoader() {
        @Override public PolicyPackage load(String json) { throw ApiProblem.draftsUnavailable(); }

        @Override public boolean available() { return false; }
    };
}
