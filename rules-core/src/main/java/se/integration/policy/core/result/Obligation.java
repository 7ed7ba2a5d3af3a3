package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import se.integration.policy.core.facts.ObligationStatus;

/**
 * An obligation of contract §2. Added fields (the contract allows additions): {@code subject} where
 * one code recurs (the payment an interim report precedes), {@code period} for duties that fall in a
 * period, and {@code message}.
 *
 * @param code    the obligation code
 * @param subject what it is about, or {@code null}
 * @param due     the due day, or {@code null} where the text gives none
 * @param status  the status on the day judged on
 * @param period  the period the duty falls in, or {@code null}
 * @param rule    the rule that found it
 * @param message the message, or {@code null}
 * @param source  the citation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "subject", "due", "status", "period", "rule", "message", "source"})
public record Obligation(String code, String subject, LocalDate due, ObligationStatus status, Period period,
                         String rule, Message message, Source source) {

    /**
     * The period a duty falls in, both days inclusive.
     *
     * @param from the first day
     * @param to   the last day
     */
    @JsonPropertyOrder({"from", "to"})
    public record Period(LocalDate from, LocalDate to) {}
}
