package se.integration.policy.core.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The priority areas the project works in and the factors that give it priority; {@code basis} cites each.
 *
 * @param areas   the priority areas the project works in
 * @param factors the priority factors
 * @param basis   the rule and citation of each, or {@code null}
 */
@JsonPropertyOrder({"areas", "factors", "basis"})
public record Priority(List<String> areas, List<String> factors, List<Basis> basis) {}
