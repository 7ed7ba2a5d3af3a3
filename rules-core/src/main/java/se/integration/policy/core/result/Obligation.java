package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import se.integration.policy.core.facts.ObligationStatus;

/**
 * An obligation of contract §2. Added fields (the contract allows additions): {@code subject} where
 * one code recurs (the payment an interim report precedes), {@code period} for duties that fall in a
 * period, and {@code message}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "subject", "due", "status", "period", "rule", "message", "source"})
public record Obligation(String code, String subject, LocalDate due, ObligationStatus status, Period period,
                         String rule, Message message, Source source) {

    @JsonPropertyOrder({"from", "to"})
    public record Period(LocalDate from, LocalDate to) {}
}
