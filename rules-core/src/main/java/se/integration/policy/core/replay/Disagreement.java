package se.integration.policy.core.replay;

/**
 * One difference between a recorded decision and today's judgement: the field (a JSON path into the
 * result, such as {@code decision.authority} or {@code findings}), what was recorded and what the
 * rules say now (JSON text; {@code absent} where there is none).
 */
public record Disagreement(String field, String recorded, String now) {
    @Override public String toString() { return field + ": recorded " + recorded + ", now " + now; }
}
