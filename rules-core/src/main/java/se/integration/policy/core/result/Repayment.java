package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Whether repayment may be required, on which grounds, and the amount where one follows (unspent funds).
 *
 * @param mayBeRequired whether repayment may be required
 * @param grounds       the grounds
 * @param amount        the amount in kronor where one follows, or {@code null}
 * @param basis         the rule and citation of each ground, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"mayBeRequired", "grounds", "amount", "basis"})
public record Repayment(boolean mayBeRequired, List<String> grounds, Long amount, List<Basis> basis) {}
