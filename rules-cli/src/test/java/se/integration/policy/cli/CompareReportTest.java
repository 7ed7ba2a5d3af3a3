package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.analysis.Cell;
import se.integration.policy.core.analysis.Comparison;
import se.integration.policy.core.analysis.ImpactSummary;
import se.integration.policy.core.analysis.Row;

/**
 * The impact summary's transitions ({@code "before → after"}) and key changes ({@code "key: before → after"})
 * as both {@code policy compare} writers show them, through the one reading of them in {@link CompareReport}.
 */
class CompareReportTest {
    static final String A = "jonkoping-2013", B = "jonkoping-2023";
    static final UnaryOperator<String> KEY = k -> "[" + k + "]", SIDE = v -> "<" + v + ">", PLAIN = t -> "{" + t + "}";

    @Test
    void aKeyChangeEndsItsKeyAtTheLastColonSoASubjectMayHoldOne() {
        assertThat(CompareReport.keyChange("MISSING_SECTION a: b: ERROR → WARNING", KEY, SIDE, PLAIN))
                .isEqualTo("[MISSING_SECTION a: b]: <ERROR> → <WARNING>");
    }

    @Test
    void anAbsentSideIsShownPlainlyNotLabelled() {
        assertThat(CompareReport.transition("true → " + ImpactSummary.ABSENT, SIDE, PLAIN)).isEqualTo("<true> → {–}");
        assertThat(CompareReport.keyChange("FINAL_REPORT: – → 2024-07-30 LATE", KEY, SIDE, PLAIN)).isEqualTo("[FINAL_REPORT]: {–} → <2024-07-30 LATE>");
    }

    @Test
    void aTextThatIsNoTransitionOrNoKeyChangeIsShownPlainly() {
        assertThat(CompareReport.transition("true", SIDE, PLAIN)).isEqualTo("{true}");
        assertThat(CompareReport.keyChange("FINAL_REPORT", KEY, SIDE, PLAIN)).isEqualTo("{FINAL_REPORT}");
        assertThat(CompareReport.keyChange("FINAL_REPORT: OPEN", KEY, SIDE, PLAIN)).isEqualTo("[FINAL_REPORT]: {OPEN}");
    }

    @Test
    void bothWritersShowAKeyChangeAndAnAbsentSideInTheSummaryByTheSameLabels() {
        PolicyEngine engine = PolicyEngine.create();
        List<PolicyPackage> packages = List.of(engine.registry().get(A), engine.registry().get(B));
        Labels.Words words = Labels.Words.of(packages);
        ImpactSummary s = new ImpactSummary(List.of(A, B));
        Comparison c = new Comparison("X-1", null, "GRANT_APPLICATION", List.of(A, B), List.of(), List.of(
                row(Row.ELIGIBLE, null, "true", null),
                row(Row.OBLIGATIONS, "FINAL_REPORT", "2024-07-30 LATE", "2024-08-30 OPEN")));
        s.add(c);
        s.add(c);
        var definitions = packages.stream().map(PolicyPackage::definition).toList();

        StringWriter text = new StringWriter();
        new CompareText(words).writeHead(new PrintWriter(text), definitions, s, 0);
        // a count's text wraps under itself at 100 columns: read unwrapped
        assertThat(CompareCommandTest.unwrapped(text.toString())).containsPattern("(?m)^ +2  ja / yes → –")
                .containsPattern("(?m)^ +2  ~ ändras / changes: skriftlig slutrapport / written final report \\(FINAL_REPORT\\): "
                        + "2024-07-30 fullgjord efter sista dagen / done after the due day → 2024-08-30 öppen / open$");

        StringWriter html = new StringWriter();
        new CompareHtml(words).writeHead(new PrintWriter(html), definitions, s, 0);
        Element summary = Jsoup.parse(html.toString()).selectFirst("section.summary");
        assertThat(summary.selectFirst("tr.changed[data-key=true → –] td").text()).isEqualTo("ja / yes → –");
        assertThat(summary.selectFirst("tr.changed[data-key^=FINAL_REPORT] td").text())
                .isEqualTo("~ ändras / changes: skriftlig slutrapport / written final report (FINAL_REPORT): 2024-07-30 fullgjord efter sista dagen / done after the due day → 2024-08-30 öppen / open");
    }

    private static Row row(String field, String key, String a, String b) {
        return Row.of(field, key, List.of(new Cell(A, a, null, null, null), new Cell(B, b, null, null, null)));
    }
}
