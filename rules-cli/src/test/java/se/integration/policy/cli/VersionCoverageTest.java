package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyPackage;

/**
 * Temporal coverage in one place (issue 17 item 4): over every version on this module's class path
 * (the distribution bundles every package), the versions of each municipality follow one another
 * with no gap and no overlap, from its first version's first day; each problem names the dates. The
 * packages are found with {@link ServiceLoader} rather than the registry, which refuses overlapping
 * versions before a test could name them. No package's own tests need to know its later versions: a new
 * package module is on this class path as soon as it is wired into rules-packages, which rules-cli depends on.
 * As the registry does, a version whose data gives no last day ends the day before the next one begins; so a
 * gap or an overlap comes from an explicit {@code validTo}, or from two versions beginning on one day.
 */
class VersionCoverageTest {

    /** Gaps and overlaps between consecutive versions of one municipality, each naming the dates. */
    static List<String> problems(List<PolicyDefinition> versions) {
        List<PolicyDefinition> sorted = versions.stream().sorted(Comparator.comparing(PolicyDefinition::validFrom)).toList();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            PolicyDefinition prev = sorted.get(i - 1), next = sorted.get(i);
            // no last day of its own: the registry ends it the day before the next one begins (PolicyRegistry)
            LocalDate end = prev.validTo() == null && prev.validFrom().isBefore(next.validFrom()) ? next.validFrom().minusDays(1) : prev.validTo();
            if (end == null || !end.isBefore(next.validFrom())) {
                LocalDate overlapEnd = end == null ? next.validTo() : next.validTo() == null || end.isBefore(next.validTo()) ? end : next.validTo();
                out.add("överlapp / overlap: " + prev.id() + " and " + next.id() + " are both in force from " + next.validFrom()
                        + (overlapEnd == null ? " on (both open-ended)" : " to " + overlapEnd));
            } else if (end.plusDays(1).isBefore(next.validFrom())) {
                out.add("lucka / gap: no version in force from " + end.plusDays(1) + " to " + next.validFrom().minusDays(1)
                        + " (between " + prev.id() + " and " + next.id() + ")");
            }
        }
        return out;
    }

    @Test
    void everyMunicipalitysVersionsFollowOneAnotherWithNoGapAndNoOverlap() {
        Map<String, List<PolicyDefinition>> byMunicipality = new TreeMap<>();
        for (PolicyPackage p : ServiceLoader.load(PolicyPackage.class)) {
            byMunicipality.computeIfAbsent(p.definition().municipality().id(), m -> new ArrayList<>()).add(p.definition());
        }
        assertThat(byMunicipality.keySet()).contains("jonkoping", "lidkoping", "mellerud", "varnamo");
        assertThat(byMunicipality.get("jonkoping")).hasSizeGreaterThanOrEqualTo(2);
        List<String> problems = new ArrayList<>();
        byMunicipality.forEach((m, versions) -> problems(versions).forEach(p -> problems.add(m + ": " + p)));
        assertThat(problems).as("gaps and overlaps between versions").isEmpty();
    }

    @Test
    void aGapAndAnOverlapAreEachReportedWithTheirDates() {
        PolicyDefinition a = version("a", "2013-08-06", "2023-05-03"), b = version("b", "2023-05-10", null),
                c = version("c", "2025-07-01", null);
        assertThat(problems(List.of(a, b))).containsExactly("lucka / gap: no version in force from 2023-05-04 to 2023-05-09 (between a and b)");
        // b has no last day: c's first day ends it, as the registry does
        assertThat(problems(List.of(c, b))).isEmpty();
        assertThat(problems(List.of(c, version("d", "2025-07-01", null))))
                .containsExactly("överlapp / overlap: c and d are both in force from 2025-07-01 on (both open-ended)");
        assertThat(problems(List.of(version("a", "2013-08-06", "2023-06-30"), version("b", "2023-05-04", null))))
                .containsExactly("överlapp / overlap: a and b are both in force from 2023-05-04 to 2023-06-30");
        assertThat(problems(List.of(a, version("b", "2023-05-04", null)))).isEmpty();
    }

    private static PolicyDefinition version(String id, String from, String to) {
        return new PolicyDefinition(id, se.integration.policy.core.model.Municipality.JONKOPING, id, "riktlinje",
                List.of(se.integration.policy.core.model.CaseKind.GRANT_APPLICATION), id + ".txt", null, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), List.of(), "kbase." + id, "g/" + id, List.of(), Map.of(), Map.of(), List.of());
    }
}
