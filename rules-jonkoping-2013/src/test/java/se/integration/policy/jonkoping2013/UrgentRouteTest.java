package se.integration.policy.jonkoping2013;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.result.Basis;
import se.integration.policy.core.result.Result;

/**
 * The urgent-case clause of "Beslutsförfarande" decides through the shared decision rules: the
 * authority's basis names the rule and sentence that chose it, which the case files cannot show
 * (at 50 000 kr the ordinary band and the urgent route name the same official).
 */
class UrgentRouteTest {
    static final PolicyEngine ENGINE = PolicyEngine.create();
    static final String BAND_RULE = "core.grant/Decision: the amount applied for decides who decides";
    static final String URGENT_RULE = "core.grant/Decision: on the urgent route the urgent-case authority decides";

    static Basis authorityBasis(long requested, boolean urgent) {
        Result result = ENGINE.evaluate(ENGINE.read("""
            { "kind": "GRANT_APPLICATION", "municipality": "jonkoping", "asOf": "2015-01-20", "receivedOn": "2015-01-15",
              "urgent": %s, "applicant": { "type": "ASSOCIATION", "localIn": ["TORPA"] }, "signatory": "CHAIR",
              "project": { "start": "2015-02-01", "end": "2015-12-31", "areas": ["TORPA"] },
              "amounts": { "requested": %d } }
            """.formatted(urgent, requested)));
        assertThat(result.policy().id()).isEqualTo("jonkoping-2013");
        return result.decision().basis().stream().filter(b -> b.field().equals("authority")).reduce((a, b) -> {
            throw new AssertionError("two authorities: " + a + ", " + b);
        }).orElseThrow();
    }

    @Test
    void anUrgentApplicationOf50001KronorIsDecidedByTheUtredningschefOnTheUrgentRoute() {
        Basis basis = authorityBasis(50_001, true);
        assertThat(basis.value()).isEqualTo("UTREDNINGSCHEF");
        assertThat(basis.rule()).isEqualTo(URGENT_RULE);
        assertThat(basis.source().quote()).startsWith("Utredningschefen kan även vid brådskande fall");
    }

    @Test
    void anUrgentApplicationOf50000KronorIsDecidedByTheUtredningschefInTheOrdinaryWay() {
        Basis basis = authorityBasis(50_000, true);
        assertThat(basis.value()).isEqualTo("UTREDNINGSCHEF");
        assertThat(basis.rule()).isEqualTo(BAND_RULE);
        assertThat(basis.source().quote()).startsWith("Projektansökningar på 50 000 kr och därunder");
    }

    @Test
    void anApplicationOf50001KronorThatIsNotUrgentIsDecidedByTheUtskott() {
        Basis basis = authorityBasis(50_001, false);
        assertThat(basis.value()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
        assertThat(basis.rule()).isEqualTo(BAND_RULE);
    }
}
