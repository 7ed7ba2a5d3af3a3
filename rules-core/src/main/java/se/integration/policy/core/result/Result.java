package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The judgement of one case under one version (contract §2). {@code findings} and
 * {@code obligations} are always arrays; {@code priority}, {@code decision} and {@code repayment}
 * appear where the policy speaks to them; {@code caseId} where the case has one.
 *
 * @param policy      the version applied
 * @param caseId      the case id, or {@code null}
 * @param asOf        the day judged on
 * @param eligible    {@code false} when a finding makes the case ineligible whatever is added later
 * @param complete    {@code false} when any finding is an {@code ERROR}
 * @param findings    the findings, in result order
 * @param priority    the priority, or {@code null}
 * @param decision    the decision, or {@code null}
 * @param obligations the obligations, in result order
 * @param repayment   the repayment, or {@code null}
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

    /**
     * Copies the lists.
     *
     * @param policy the version applied
     * @param caseId the case id, or {@code null}
     * @param asOf the day judged on
     * @param eligible {@code false} when a finding makes the case ineligible whatever is added later
     * @param complete {@code false} when any finding is an {@code ERROR}
     * @param findings the findings, in result order
     * @param priority the priority, or {@code null}
     * @param decision the decision, or {@code null}
     * @param obligations the obligations, in result order
     * @param repayment the repayment, or {@code null}
     * @throws NullPointerException if {@code findings} or {@code obligations} is {@code null}
     */
    public Result {
        findings = List.copyOf(findings);
        obligations = List.copyOf(obligations);
    }

    /**
     * {@return the findings with a code, in result order}
     *
     * @param code the finding code
     */
    public List<Finding> findings(String code) { return findings.stream().filter(f -> f.code().equals(code)).toList(); }

    /**
     * {@return the obligations with a code, in result order}
     *
     * @param code the obligation code
     */
    public List<Obligation> obligations(String code) { return obligations.stream().filter(o -> o.code().equals(code)).toList(); }
}
