package se.integration.policy.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.facts.ObligationStatus;
import se.integration.policy.core.read.InvalidCaseException;

/**
 * What each package's own case files say it comes to (their expected results, as written, not what
 * the engine now answers): the codes of the findings they expect and whether they expect an
 * obligation to be OVERDUE. The properties use it to know where a state is reachable, so that they
 * can require generated cases to reach it there too (a coverage check on a package that cannot come
 * to the state would fail for nothing; one left out where it can would let the property hold
 * vacuously). Taken from the expectations, a rule broken so that the state never comes about still
 * fails the coverage check, rather than switching it off.
 */
final class CaseFileStates {
    private record States(Set<String> codes, boolean overdue) {}

    private static Map<String, States> states;

    private CaseFileStates() {}

    /** Whether a case file of the package expects a finding with this code. */
    static boolean raises(PolicyPackage p, String code) { return of(p).codes().contains(code); }

    /** Whether a case file of the package expects an OVERDUE obligation. */
    static boolean hasOverdue(PolicyPackage p) { return of(p).overdue(); }

    private static States of(PolicyPackage p) {
        return all().getOrDefault(p.id(), new States(Set.of(), false));
    }

    private static synchronized Map<String, States> all() {
        if (states == null) {
            Map<String, Set<String>> codes = new HashMap<>();
            Set<String> overdue = new HashSet<>();
            for (Project.CaseFile f : Project.caseFiles()) {
                PolicyPackage p;
                try {
                    p = f.policy();
                } catch (InvalidCaseException | PolicySelectionException e) {
                    continue; // a case file about refused input
                }
                JsonNode expected = f.record().expected() == null ? null : Project.tree(f.record().expected());
                if (expected == null) continue;
                Set<String> seen = codes.computeIfAbsent(p.id(), k -> new HashSet<>());
                for (JsonNode finding : expected.path("findings")) seen.add(finding.path("code").asText());
                for (JsonNode obligation : expected.path("obligations")) {
                    if (obligation.path("status").asText().equals(ObligationStatus.OVERDUE.name())) overdue.add(p.id());
                }
            }
            Map<String, States> m = new HashMap<>();
            codes.forEach((id, c) -> m.put(id, new States(Set.copyOf(c), overdue.contains(id))));
            states = Map.copyOf(m);
        }
        return states;
    }
}
