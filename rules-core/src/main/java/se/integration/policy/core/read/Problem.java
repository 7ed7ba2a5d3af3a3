package se.integration.policy.core.read;

/**
 * One thing wrong with an input, at a JSON path such as {@code $.project.end}.
 *
 * @param path    the JSON path ({@code $} for the whole document)
 * @param message what is wrong, in English
 */
public record Problem(String path, String message) {
    @Override public String toString() { return path + ": " + message; }
}
