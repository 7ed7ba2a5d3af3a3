package se.integration.policy.server;

import se.integration.policy.core.InvalidDraftException;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;

/**
 * Turns a draft (the JSON of docs/contract.md's drafts, the DRAFTS.md format) into a package that can be
 * judged under. Everything the server does with drafts goes through this one interface: the request
 * parsing (a draft object wherever a version id goes) and the workbench's form. A draft sent over HTTP
 * has no file beside it: it carries its text in {@code sourceTextInline}.
 */
@FunctionalInterface
public interface DraftLoader {
    /**
     * The package the draft describes.
     *
     * @throws ApiProblem 422 for an invalid draft, each problem with its JSON path in the draft
     */
    PolicyPackage load(String json);

    /** The drafts of an engine ({@link PolicyEngine#draft(String, String)}), the server's default. */
    static DraftLoader forEngine(PolicyEngine engine) {
        return json -> {
            try {
                return engine.draft(json, "draft");
            } catch (InvalidDraftException e) {
                throw ApiProblem.invalidDraft(e.problems());
            }
        };
    }
}
