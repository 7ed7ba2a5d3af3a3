package se.integration.policy.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The impact summary's counting, on comparisons made by hand: steps between consecutive versions, and bounded counts. */
class ImpactSummaryTest {
    static final List<String> THREE = List.of("a", "b", "c");

    static Row scalar(String field, String... values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) cells.add(new Cell(THREE.get(i), values[i], null, null, null));
        return Row.of(field, null, cells);
    }

    static Row keyed(String field, String key, String... values) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < values.length; i++) cells.add(new Cell(THREE.get(i), values[i], null, null, null));
        return Row.of(field, key, cells);
    }

    static Comparison comparison(Row... rows) { return new Comparison("X", null, "GRANT_APPLICATION", THREE, List.of(), List.of(rows)); }

    @Test
    void eachStepComparesAVersionWithTheNextOne() {
        ImpactSummary s = new ImpactSummary(THREE);
        s.add(comparison(scalar(Row.ELIGIBLE, "true", "true", "false"), scalar(Row.AUTHORITY, "X", "Y", "Y"),
                keyed(Row.FINDINGS, "F", null, "ERROR", "WARNING")));
        s.add(comparison(scalar(Row.ELIGIBLE, "true", "true", "true"), scalar(Row.AUTHORITY, "X", "X", "X")));
        assertThat(s.steps()).extracting(st -> st.from() + "→" + st.to()).containsExactly("a→b", "b→c");
        assertThat(s.cases()).isEqualTo(2);
        assertThat(s.casesWithDifferences()).isEqualTo(1);
        ImpactSummary.Step ab = s.step("a", "b"), bc = s.step("b", "c");
        assertThat(ab.casesChanged()).isEqualTo(1);
        assertThat(ab.field(Row.AUTHORITY).transitions()).containsExactly(java.util.Map.entry("X → Y", 1L));
        assertThat(ab.field(Row.ELIGIBLE).cases()).isZero();
        assertThat(ab.field(Row.FINDINGS).appeared()).containsExactly(java.util.Map.entry("F", 1L));
        assertThat(bc.field(Row.ELIGIBLE).transitions()).containsExactly(java.util.Map.entry("true → false", 1L));
        assertThat(bc.field(Row.FINDINGS).changed()).containsExactly(java.util.Map.entry("F: ERROR → WARNING", 1L));
        assertThat(bc.field(Row.AUTHORITY).cases()).isZero();
        assertThat(s.perPolicy().get("c").eligible()).isEqualTo(1);
        assertThat(s.perPolicy().get("a").authorities()).containsExactly(java.util.Map.entry("X", 2L));
        assertThatThrownBy(() -> s.step("a", "c")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subjectsThatAreDatesAreCountedTogetherAndNoCountGrowsPastItsBound() {
        ImpactSummary s = new ImpactSummary(THREE);
        for (int i = 0; i < 2000; i++) {
            String day = java.time.LocalDate.of(2024, 1, 1).plusDays(i).toString();
            s.add(comparison(keyed(Row.FINDINGS, "PAYMENT_WITHOUT_INTERIM_REPORT " + day, "WARNING", null, null),
                    keyed(Row.FINDINGS, "SOMETHING " + i, null, "INFO", null)));
        }
        ImpactSummary.Step ab = s.step("a", "b");
        assertThat(ab.field(Row.FINDINGS).disappeared()).containsExactly(java.util.Map.entry("PAYMENT_WITHOUT_INTERIM_REPORT <date>", 2000L));
        assertThat(ab.field(Row.FINDINGS).appeared()).hasSize(ImpactSummary.MAX_KEYS + 1)
                .containsEntry(ImpactSummary.OTHERS, 2000L - ImpactSummary.MAX_KEYS);
        assertThat(s.perPolicy().get("b").findings()).hasSize(ImpactSummary.MAX_KEYS + 1);
        assertThat(ab.field(Row.FINDINGS).appeared().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);
    }

    @Test
    void aVersionNotInForceIsCountedApartAndMakesNoCaseChanged() {
        // consecutive versions are never both in force on one day: one of them says so on every case
        ImpactSummary s = new ImpactSummary(THREE);
        Comparison onlyNotInForce = comparison(scalar(Row.AUTHORITY, "X", "X", "X"),
                keyed(Row.FINDINGS, "POLICY_NOT_IN_FORCE a", "WARNING", null, null),
                keyed(Row.FINDINGS, "POLICY_NOT_IN_FORCE c", null, null, "WARNING"));
        assertThat(onlyNotInForce.differs()).as("the comparison still marks the rows").isTrue();
        s.add(onlyNotInForce);
        s.add(comparison(scalar(Row.AUTHORITY, "X", "Y", "Y"), keyed(Row.FINDINGS, "POLICY_NOT_IN_FORCE a", "WARNING", null, null)));
        assertThat(s.cases()).isEqualTo(2);
        assertThat(s.casesWithDifferences()).isEqualTo(1);
        ImpactSummary.Step ab = s.step("a", "b"), bc = s.step("b", "c");
        assertThat(ab.casesChanged()).isEqualTo(1);
        assertThat(bc.casesChanged()).isZero();
        assertThat(ab.field(Row.FINDINGS).cases()).isZero();
        assertThat(ab.field(Row.FINDINGS).disappeared()).isEmpty();
        assertThat(bc.field(Row.FINDINGS).appeared()).isEmpty();
        assertThat(s.perPolicy().get("a").notInForce()).isEqualTo(2);
        assertThat(s.perPolicy().get("b").notInForce()).isZero();
        assertThat(s.perPolicy().get("c").notInForce()).isEqualTo(1);
        assertThat(s.perPolicy().get("a").findings()).isEmpty();
        assertThat(ImpactSummary.notInForce(keyed(Row.FINDINGS, "POLICY_NOT_IN_FORCE_SOMETHING_ELSE", "INFO", null, null))).isFalse();
        assertThat(ImpactSummary.notInForce(keyed(Row.OBLIGATIONS, "POLICY_NOT_IN_FORCE a", "OPEN", null, null))).isFalse();
    }

    @Test
    void aComparisonOfOtherVersionsIsRefused() {
        ImpactSummary s = new ImpactSummary(List.of("a", "b"));
        assertThatThrownBy(() -> s.add(comparison(scalar(Row.ELIGIBLE, "true", "true", "true")))).isInstanceOf(IllegalArgumentException.class);
    }
}
