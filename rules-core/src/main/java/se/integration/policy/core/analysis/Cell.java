package se.integration.policy.core.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import se.integration.policy.core.result.Message;
import se.integration.policy.core.result.Source;

/**
 * One version's side of a {@link Row}: the value under that version ({@code null}: absent, the version
 * does not say it), and where there is one the message, the rule that decided it and its citation.
 *
 * @param policy  the version id
 * @param value   the value under that version, as text, or {@code null}: absent
 * @param message the message, or {@code null}
 * @param rule    the rule that decided it, or {@code null}
 * @param source  the citation, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"policy", "value", "message", "rule", "source"})
public record Cell(String policy, @JsonInclude(JsonInclude.Include.ALWAYS) String value, Message message, String rule, Source source) {

    /**
     * {@return a side on which the version says nothing about the row}
     *
     * @param policy the version id
     */
    public static Cell absent(String policy) { return new Cell(policy, null, null, null, null); }

    /** {@return whether the version says something about the row} */
    public boolean present() { return value != null; }
}
