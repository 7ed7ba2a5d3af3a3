package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a part of the decision, priority or repayment is what it is: the field, its value, the rule
 * and the citation. (An addition to the contract: every outcome cites its source.)
 *
 * @param field  the field of the result, e.g. {@code decision.authority}
 * @param value  its value, as text
 * @param rule   the rule that decided it
 * @param source the citation
 */
@JsonPropertyOrder({"field", "value", "rule", "source"})
public record Basis(String field, String value, String rule, Source source) {}
