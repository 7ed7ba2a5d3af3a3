package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The judgement of one case under one version (contract §2). {@code findings} and
 * {@code obligations} are always arrays; {@code priority}, {@code decision} and {@code repayment}
 * appear where the policy speaks to them; {@code caseId} where the case has one.
 */
@JsonPropertyOrder({"policy", "caseId", "asOf", "eligible", "complete", "findings", "priority", "decision", "obligations", "repayment"})
public record Result(
        PolicyRef policy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String caseId,
        LocalDate asOf,
        boolean eligible,
        boolean complete,
        List<Finding> findings,
        @JsonInclude(JsonInclude.Include.NON_NULL) Priority priority,
        @JsonInclude(JsonInclude.Include.NON_NULL) Decision decision,
        List<Obligation> obligations,
        @JsonInclude(JsonInclude.Include.NON_NULL) Repayment repayment) {

    public Result {
        findings = List.copyOf(findings);
        obligations = List.copyOf(obligations);
    }

    /** {@return the findings with a code, in result order} */
    public List<Finding> findings(String code) { return findings.stream().filter(f -> f.code().equals(code)).toList(); }

    /** {@return the obligations with a code, in result order} */
    public List<Obligation> obligations(String code) { return obligations.stream().filter(o -> o.code().equals(code)).toList(); }
}
