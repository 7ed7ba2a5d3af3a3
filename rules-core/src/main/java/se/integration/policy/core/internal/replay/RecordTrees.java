package se.integration.policy.core.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import se.integration.policy.core.internal.read.CaseReader;
import se.integration.policy.core.replay.Replay;

/**
 * <b>Internal</b>: the JSON trees behind {@link Replay}: a document parsed with the case reader's limits, what it is,
 * and a case's id.
 */
public final class RecordTrees {
    private static final CaseReader READER = new CaseReader();

    private RecordTrees() {}

    /**
     * @param json a JSON text
     * @return its tree, parsed as the case reader parses (limits, duplicate keys refused, malformed JSON described)
     */
    public static JsonNode tree(String json) { return READER.tree(json); }

    /**
     * @param node a parsed document, or {@code null}
     * @return what it is
     */
    public static Replay.Document classify(JsonNode node) {
        if (node == null || !node.isObject()) return Replay.Document.OTHER;
        if (node.has("case")) return Replay.Document.RECORDED_DECISION;
        if (node.has("kind")) return Replay.Document.CASE;
        if (node.has("eligible") && node.has("findings")) return Replay.Document.RESULT;
        return Replay.Document.OTHER;
    }

    /**
     * @param caseJson a case as JSON text
     * @return its {@code caseId}, or {@code null} where it has none or the text is not a JSON object
     */
    public static String caseId(String caseJson) {
        JsonNode c;
        try {
            c = tree(caseJson);
        } catch (RuntimeException e) {
            return null;
        }
        JsonNode id = c.get("caseId");
        return id != null && id.isTextual() ? id.asText() : null;
    }

    /**
     * @param node a JSON value, or {@code null}
     * @return it as compact JSON text, or {@code null}
     */
    public static String text(JsonNode node) { return node == null ? null : node.toString(); }
}
