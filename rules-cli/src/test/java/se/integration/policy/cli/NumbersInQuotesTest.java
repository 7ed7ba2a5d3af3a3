package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyDefinition;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyPackage;
import se.integration.policy.core.QuoteNumbers;
import se.integration.policy.core.SourceText;
import se.integration.policy.core.facts.AuthorityBand;
import se.integration.policy.core.facts.ParameterFact;

/** Issue 17 item 5: every number a parameter carries is in the quote it cites, or in an assumption. */
class NumbersInQuotesTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @Test
    void everyAmountDateCountAndPeriodOfEveryPackageIsInItsQuoteOrAnAssumption() {
        List<PolicyPackage> all = ENGINE.registry().all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (PolicyPackage p : all) {
            assertThat(QuoteNumbers.check(p.definition()).stream().map(QuoteNumbers.Unstated::message).toList())
                    .as("numbers of %s not stated in their quotes", p.id()).isEmpty();
        }
    }

    @Test
    void aBandOf75000CitingASentenceThatSays70000Fails() {
        PolicyDefinition d = ENGINE.registry().get("jonkoping-2023").definition();
        ParameterFact band = new AuthorityBand(0, 75_000L, "ANALYS_OCH_HALLBARHETSCHEF", "decision.upTo");
        PolicyDefinition altered = withQuote(d, "decision.upTo", "Projektansökningar på 70 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.", band);
        assertThat(QuoteNumbers.check(band, altered, null)).extracting(QuoteNumbers.Unstated::field).containsExactly("toAmount");
        PolicyDefinition stated = withQuote(d, "decision.upTo", "Projektansökningar på 75 000 kr och därunder, beslutas av Stadskontorets Analys- och hållbarhetschef.", band);
        assertThat(QuoteNumbers.check(band, stated, null)).isEmpty();
    }

    @Test
    void theInstalledBandsAreStatedAsTheDocumentWritesThem() {
        PolicyDefinition d = ENGINE.registry().get("jonkoping-2023").definition();
        List<AuthorityBand> bands = d.parameters(AuthorityBand.class);
        assertThat(bands).hasSize(2);
        for (AuthorityBand b : bands) assertThat(QuoteNumbers.check(b, d, null)).isEmpty();
        // the same band citing the other band's sentence: 50 001 is "över 50 000", but 50 000 "och därunder" states no 50 001
        AuthorityBand above = bands.stream().filter(b -> b.toAmount() == null).findFirst().orElseThrow();
        assertThat(QuoteNumbers.states(d.sources().get("decision.above").quote(), "fromAmount", above.fromAmount())).isTrue();
        assertThat(QuoteNumbers.states("Projektansökningar på 50 000 kr och därunder", "fromAmount", 50_001L)).isFalse();
    }

    private static PolicyDefinition withQuote(PolicyDefinition d, String id, String quote, ParameterFact param) {
        var sources = new java.util.LinkedHashMap<>(d.sources());
        sources.put(id, new SourceText(d.sources().get(id).section(), quote));
        return new PolicyDefinition(d.id(), d.municipality(), d.title(), d.documentType(), d.kinds(), d.source(), d.adopted(),
                d.validFrom(), d.validTo(), List.of(), d.kbase(), d.model(), d.sharedRules(), d.taxonomy(), sources, List.of(param));
    }
}
