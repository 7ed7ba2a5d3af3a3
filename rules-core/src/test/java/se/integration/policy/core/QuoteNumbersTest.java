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
}
