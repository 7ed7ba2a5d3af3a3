package se.integration.policy.reliability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.facts.ObligationStatus;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.result.Finding;
import se.integration.policy.core.result.Result;

/**
 * What each package's own case files show it can come to: the codes of the findings it raises and
 * whether an obligation of it is ever OVERDUE. The properties use it to know where a state is
 * reachable, so that they can require generated cases to reach it there too (a coverage check on a
 * package that cannot come to the state would fail for nothing; one left out where it can would let
 * the property hold vacuously).
 */
final class CaseFileStates {
    private record States(Set<String> codes, boolean overdue) {}

    private static Map<String, States> states;

    private CaseFileStates() {}

    /** Whether a case file of the package gets a finding with this code. */
    static boolean raises(PolicyPackage p, String code) { return of(p).codes().contains(code); }

    /** Whether a case file of the package gets an OVERDUE obligation. */
    static boolean hasOverdue(PolicyPackage p) { return of(p).overdue(); }

    private static States of(PolicyPackage p) {
        return all().getOrDefault(p.id(), new States(Set.of(), false));
    }

    private static synchronized Map<String, States> all() {
        if (states == null) {
            Map<String, Set<String>> codes = new HashMap<>();
            Set<String> overdue = new HashSet<>();
            for (Project.CaseFile f : Project.caseFiles()) {
                Result r;
                PolicyPackage p;
                try {
                    p = f.policy();
                    r = Project.ENGINE.evaluate(f.policyCase(), p);
                } catch (InvalidCaseException | PolicySelectionException e) {
                    continue; // a case file about refused input
                }
                Set<String> seen = codes.computeIfAbsent(p.id(), k -> new HashSet<>());
                for (Finding x : r.findings()) seen.add(x.code());
                if (r.obligations().stream().anyMatch(o -> o.status() == ObligationStatus.OVERDUE)) overdue.add(p.id());
            }
            Map<String, States> m = new HashMap<>();
            codes.forEach((id, c) -> m.put(id, new States(Set.copyOf(c), overdue.contains(id))));
            states = Map.copyOf(m);
        }
        return states;
    }
}
