package se.integration.policy.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.integration.policy.core.facts.FocusArea;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.read.Problem;

/**
 * Input checks that depend on a package's own vocabulary, read from its parameters: an action plan's
 * focus-area keys must be focus areas of the package judging it (contract §1.2: "each package names
 * the focus areas of its own document").
 */
final class Vocabulary {
    private Vocabulary() {}

    static List<Problem> check(PolicyCase policyCase, PolicyDefinition definition) {
        List<Problem> problems = new ArrayList<>();
        if (policyCase instanceof ActionPlan plan) {
            Set<String> known = definition.parameters(FocusArea.class).stream().map(FocusArea::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            if (!known.isEmpty()) {
                for (int i = 0; i < plan.measures().size(); i++) {
                    List<String> areas = plan.measures().get(i).focusAreas();
                    for (int j = 0; j < areas.size(); j++) {
                        if (!known.contains(areas.get(j))) {
                            problems.add(new Problem("$.measures[" + i + "].focusAreas[" + j + "]", "\"" + areas.get(j)
                                    + "\" is not a focus area of " + definition.id() + " (one of " + String.join(", ", known) + ")"));
                        }
                    }
                }
            }
        }
        return problems;
    }
}
