package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Who decides, who is consulted, who prepares, and whether the applicant is met; {@code basis} cites each. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"authority", "consultations", "preparedBy", "meetingWithApplicant", "basis"})
public record Decision(String authority, List<String> consultations, String preparedBy, Boolean meetingWithApplicant,
                       List<Basis> basis) {}
