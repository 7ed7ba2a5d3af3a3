package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Numbers in citations are read as the document writes them (issue 17 item 5). */
class QuoteNumbersTest {

    @Test
    void anAmountIsStatedWithItsThousandsGroupedAndNotByAnotherAmount() {
        assertThat(QuoteNumbers.states("Projektansökningar på 50 000 kr och därunder", "toAmount", 50_000L)).isTrue();
        assertThat(QuoteNumbers.states("på 50\u00a0000 kr", "toAmount", 50_000L)).isTrue();
        assertThat(QuoteNumbers.states("på 50000 kr", "toAmount", 50_000L)).isTrue();
        assertThat(QuoteNumbers.states("Projektansökningar på 70 000 kr och därunder", "toAmount", 75_000L)).isFalse();
        assertThat(QuoteNumbers.states("på 150 000 kr", "toAmount", 50_000L)).isFalse();
        assertThat(QuoteNumbers.states("på 50 000 kr", "toAmount", 50L)).isFalse();
    }

    @Test
    void aLowerBoundOneAboveIsStatedByOverAndNotOtherwise() {
        assertThat(QuoteNumbers.states("summor över 50 000 kr", "fromAmount", 50_001L)).isTrue();
        assertThat(QuoteNumbers.states("summor på 50 000 kr", "fromAmount", 50_001L)).isFalse();
    }

    @Test
    void aPeriodIsStatedByItsNumberInWordsOrDigitsBeforeItsUnit() {
        assertThat(QuoteNumbers.states("senast en månad efter avslutat projekt", "monthsAfterEnd", 1)).isTrue();
        assertThat(QuoteNumbers.states("senast 1 månad efter", "monthsAfterEnd", 1)).isTrue();
        assertThat(QuoteNumbers.states("senast två månader efter", "monthsAfterEnd", 1)).isFalse();
        assertThat(QuoteNumbers.states("en rapport efter avslutat projekt", "monthsAfterEnd", 1)).isFalse();
        assertThat(QuoteNumbers.states("utbetalningen sker halvårsvis", "monthsBetweenPayments", 6)).isTrue();
        assertThat(QuoteNumbers.states("inom 30 dagar", "daysAfterDecision", 30)).isTrue();
        assertThat(QuoteNumbers.states("inom 31 dagar", "daysAfterDecision", 30)).isFalse();
    }

    @Test
    void aDateIsStatedAsTheDocumentWritesItOrInIsoForm() {
        LocalDate d = LocalDate.of(2021, 12, 31);
        assertThat(QuoteNumbers.states("gäller till och med 31 december 2021", "date", d)).isTrue();
        assertThat(QuoteNumbers.states("gäller till 2021-12-31", "date", d)).isTrue();
        assertThat(QuoteNumbers.states("gäller till och med 30 december 2021", "date", d)).isFalse();
        assertThat(QuoteNumbers.states("gäller till och med 31 december 2022", "date", d)).isFalse();
    }

    @Test
    void aYearWithinARangeTheQuoteGivesIsStatedAndOneOutsideIsNot() {
        String quote = "Social- och arbetsmarknadsnämnden tilldelas 1 170 000 kr per år, åren 2016-2018 för satsningen";
        assertThat(QuoteNumbers.states(quote, "year", 2017)).isTrue();
        assertThat(QuoteNumbers.states(quote, "year", 2019)).isFalse();
        assertThat(QuoteNumbers.states("gäller till 2021-12-31", "year", 2016)).isFalse();
    }

    /** A version with one band citing one quote, and these assumptions. */
    static PolicyDefinition version(se.integration.policy.core.facts.AuthorityBand band, String quote, Assumption... assumptions) {
        return new PolicyDefinition("x-2025", se.integration.policy.core.model.Municipality.JONKOPING, "t", "riktlinje",
                java.util.List.of(se.integration.policy.core.model.CaseKind.GRANT_APPLICATION), "x.txt", null, LocalDate.of(2025, 7, 1), null,
                java.util.List.of(assumptions), "k", "g/x", java.util.List.of(), java.util.Map.of(),
                java.util.Map.of("decision.upTo", new SourceText("Beslutsförfarande", quote)), java.util.List.of(band));
    }

    @Test
    void aNumberItsQuoteDoesNotStateIsAcceptedOnlyFromAnAssumptionThatNamesTheParameter() {
        var band = new se.integration.policy.core.facts.AuthorityBand(0, 75_000L, "ANALYS_OCH_HALLBARHETSCHEF", "decision.upTo");
        String says70 = "Projektansökningar på 70 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.";
        // 75 000 vs 70 000: refused
        assertThat(QuoteNumbers.check(version(band, says70))).extracting(QuoteNumbers.Unstated::field).containsExactly("toAmount");
        // an assumption that happens to say 75 000 kr but names no parameter proves nothing
        Assumption unnamed = new Assumption("limit", "The limit is taken to be 75 000 kr.", "A committee's minutes say so.");
        assertThat(QuoteNumbers.check(version(band, says70, unnamed))).singleElement()
                .satisfies(u -> assertThat(u.message()).contains("toAmount = 75000").contains("\"covers\": [\"decision.upTo toAmount\"]"));
        // one that names the parameter's field (or its citation) and states the number is accepted
        Assumption named = new Assumption("limit", "The limit is taken to be 75 000 kr.", "A committee's minutes say so.",
                java.util.List.of("decision.upTo toAmount"));
        assertThat(QuoteNumbers.check(version(band, says70, named))).isEmpty();
        assertThat(QuoteNumbers.check(version(band, says70, new Assumption("limit", "75 000 kr", "minutes", java.util.List.of("decision.upTo"))))).isEmpty();
        // naming it is not enough: the assumption must state the number
        Assumption namedWrong = new Assumption("limit", "The limit is taken to be 80 000 kr.", "minutes", java.util.List.of("decision.upTo toAmount"));
        assertThat(QuoteNumbers.check(version(band, says70, namedWrong))).hasSize(1);
        // naming another field does not cover this one
        Assumption otherField = new Assumption("limit", "75 000 kr", "minutes", java.util.List.of("decision.upTo fromAmount"));
        assertThat(QuoteNumbers.check(version(band, says70, otherField))).hasSize(1);
    }
}
