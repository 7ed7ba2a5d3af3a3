package se.integration.policy.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import se.integration.policy.core.InvalidDraftException;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;

/**
 * A version named on the command line: an installed version's id, or a draft file (a path ending in
 * {@code .json}) wherever an id is accepted. A draft is read, made known to the engine by its own id,
 * and that id is used from then on; a bad draft is a user error naming the file and each problem's path.
 */
final class Policies {
    private Policies() {}

    /** Whether a command-line value names a draft file rather than a version id. */
    static boolean isDraftFile(String arg) {
        return arg.endsWith(".json") || arg.contains("/") || arg.contains(java.io.File.separator);
    }

    /** The package a command-line value names (a draft is made known to the engine). */
    static PolicyPackage resolve(PolicyEngine engine, String arg) {
        if (isDraftFile(arg)) {
            PolicyPackage draft;
            try {
                draft = engine.draft(Path.of(arg));
            } catch (InvalidDraftException e) {
                throw new UserError("utkastet kan inte användas / the draft cannot be used:\n" + e.problems().stream()
                        .map(p -> Labels.safe(arg + ": " + p.path() + ": " + p.message())).collect(Collectors.joining("\n")));
            } catch (java.nio.file.InvalidPathException e) {
                throw new UserError(Labels.safe(arg) + ": ingen fil / not a file name");
            }
            try {
                engine.addDraft(draft);
            } catch (IllegalArgumentException e) {
                throw new UserError(Labels.safe(arg) + ": " + e.getMessage());
            }
            return draft;
        }
        try {
            return engine.registry().get(arg);
        } catch (PolicySelectionException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The id a command-line value names (a draft file: its draft id, the draft made known to the engine). */
    static String id(PolicyEngine engine, String arg) { return resolve(engine, arg).id(); }
}
