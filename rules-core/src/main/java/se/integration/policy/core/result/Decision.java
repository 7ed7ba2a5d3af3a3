package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Who decides, who is consulted, who prepares, and whether the applicant is met; {@code basis} cites each.
 *
 * @param authority            who decides, or {@code null}
 * @param consultations        who is consulted, or {@code null}
 * @param preparedBy           who prepares the decision, or {@code null}
 * @param meetingWithApplicant whether the official meets the applicant, or {@code null}
 * @param basis                the rule and citation of each part, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"authority", "consultations", "preparedBy", "meetingWithApplicant", "basis"})
public record Decision(String authority, List<String> consultations, String preparedBy, Boolean meetingWithApplicant,
                       List<Basis> basis) {}
