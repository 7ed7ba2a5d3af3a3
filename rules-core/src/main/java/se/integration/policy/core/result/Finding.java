package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import se.integration.policy.core.facts.Severity;

/**
 * A finding of contract §2. {@code subject} is omitted for codes that have none.
 *
 * @param code     the finding code
 * @param subject  what it is about, or {@code null}
 * @param severity the severity
 * @param rule     the rule that raised it
 * @param message  the message
 * @param source   the citation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "subject", "severity", "rule", "message", "source"})
public record Finding(String code, String subject, Severity severity, String rule, Message message, Source source) {}
