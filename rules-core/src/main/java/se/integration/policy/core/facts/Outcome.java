package se.integration.policy.core.facts;

/**
 * A fact that a rule inserts as its judgement. {@link #cite()} is the id of the citation in the
 * package's parameters file when the citation comes from data (a heading's own sentence), or
 * {@code null}: then the inserting rule's {@code @cite} metadata is used.
 */
public interface Outcome {
    /** {@return the id of the citation in the parameters file, or {@code null}: the rule's {@code @cite} is used} */
    String cite();
}
