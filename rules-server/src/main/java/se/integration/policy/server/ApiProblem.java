package se.integration.policy.server;

import java.util.List;
import se.integration.policy.core.read.Problem;

/**
 * An error answered as RFC 9457 {@code application/problem+json}: {@code type}, {@code title} (Swedish /
 * English), {@code status}, {@code detail}, and {@code problems}, each with the JSON path and message the
 * command line prints for the same input.
 */
public final class ApiProblem extends RuntimeException {
    /** The problem types: {@code type} is {@value #TYPE_PREFIX} followed by one of these. */
    public static final String TYPE_PREFIX = "urn:se-integration-policy:problem:";

    private final int status;
    private final String type, title;
    private final List<Problem> problems;

    public ApiProblem(int status, String type, String title, String detail, List<Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.type = TYPE_PREFIX + type;
        this.title = title;
        this.problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public int status() { return status; }

    public String type() { return type; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public List<Problem> problems() { return problems; }

    static ApiProblem badRequest(String path, String message) {
        return new ApiProblem(400, "bad-request", "Felaktig begäran / Bad request", message, List.of(new Problem(path, message)));
    }

    static ApiProblem invalidInput(List<Problem> problems) {
        return new ApiProblem(422, "invalid-input", "Ogiltig indata / Invalid input",
                problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problem / problems", problems);
    }

    static ApiProblem invalidDraft(List<Problem> problems) {
        return new ApiProblem(422, "invalid-draft", "Ogiltigt utkast / Invalid draft",
                problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problem / problems", problems);
    }

    static ApiProblem unknownVersion(String path, String message) {
        return new ApiProblem(404, "unknown-version", "Okänd version / Unknown version", message, List.of(new Problem(path, message)));
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(404, "not-found", "Finns inte / Not found", what, List.of());
    }

    static ApiProblem tooLarge(String path, long limit) {
        String m = "större än " + limit + " byte / larger than " + limit + " bytes";
        return new ApiProblem(413, "too-large", "För stor / Too large", m, List.of(new Problem(path, m)));
    }

    static ApiProblem unsupportedMediaType(String got, String expected) {
        String m = "innehållstypen " + got + " tas inte emot; " + expected + " väntades / content type " + got + " is not accepted; expected " + expected;
        return new ApiProblem(415, "unsupported-media-type", "Fel innehållstyp / Unsupported media type", m, List.of());
    }

    static ApiProblem timeLimit(long seconds) {
        return new ApiProblem(503, "time-limit", "Tidsgränsen överskreds / Time limit exceeded",
                "begäran tog längre än " + seconds + " s / the request took longer than " + seconds + " s", List.of());
    }

    static ApiProblem internal() {
        return new ApiProblem(500, "internal", "Internt fel / Internal error",
                "ett internt fel; se serverns logg / an internal fault; see the server's log", List.of());
    }
}
