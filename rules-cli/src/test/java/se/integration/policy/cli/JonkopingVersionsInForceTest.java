package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.PolicyRegistry;
import se.integration.policy.core.PolicySelectionException;
import se.integration.policy.core.model.Municipality;
import se.integration.policy.core.result.Result;

/**
 * Which Jönköping version applies at the edges of the 2013 version: the day before it, its last day and
 * the day after, and a case judged under the one in force on its date when no version is named. Here,
 * where every package is on the class path (moved from rules-jonkoping-2013, whose own tests need not
 * know its successors). That every day has exactly one version in force, for every municipality and
 * whatever versions there are, is tested in one place: {@code VersionCoverageTest}.
 */
class JonkopingVersionsInForceTest {
    static final LocalDate REVISED_2013 = LocalDate.of(2013, 8, 6);
    static final PolicyRegistry REGISTRY = PolicyRegistry.discover();
    static final PolicyEngine ENGINE = PolicyEngine.create();

    @Test
    void theLastDayOf2013IsTheDayBefore2023Starts() {
        assertThat(REGISTRY.inForce(Municipality.JONKOPING, LocalDate.of(2023, 5, 3)).id()).isEqualTo("jonkoping-2013");
        assertThat(REGISTRY.inForce(Municipality.JONKOPING, LocalDate.of(2023, 5, 4)).id()).isEqualTo("jonkoping-2023");
        assertThat(REGISTRY.inForce(Municipality.JONKOPING, REVISED_2013).id()).isEqualTo("jonkoping-2013");
    }

    @Test
    void aDayBeforeThe2013RevisionHasNoVersionAndTheMessageSaysWhichVersionsThereAre() {
        assertThatThrownBy(() -> REGISTRY.inForce(Municipality.JONKOPING, LocalDate.of(2013, 8, 5)))
                .isInstanceOf(PolicySelectionException.class)
                .hasMessageContaining("jonkoping")
                .hasMessageContaining("2013-08-05")
                .hasMessageContaining("jonkoping-2013 2013-08-06–2023-05-03")
                .hasMessageContaining("jonkoping-2023 2023-05-04")
                .hasMessageContaining("ange en version för att bedöma ändå / name one to judge under it anyway");
    }

    @Test
    void aCaseReceivedBeforeThe2013RevisionCannotBeJudgedWithoutNamingAVersion() {
        var application = ENGINE.read(application("2013-08-05"));
        assertThatThrownBy(() -> ENGINE.evaluate(application))
                .isInstanceOf(PolicySelectionException.class)
                .hasMessageContaining("2013-08-05")
                .extracting(e -> ((PolicySelectionException) e).path()).isEqualTo("$.receivedOn");
    }

    @Test
    void withoutNamingAVersionACaseReceivedOn2023_05_03IsJudgedUnder2013() {
        Result result = ENGINE.evaluate(ENGINE.read(application("2023-05-03")));
        assertThat(result.policy().id()).isEqualTo("jonkoping-2013");
        assertThat(result.findings("POLICY_NOT_IN_FORCE")).isEmpty();
        assertThat(result.decision().authority()).isEqualTo("JAMSTALLDHETS_OCH_INTEGRATIONSUTSKOTTET");
    }

    @Test
    void withoutNamingAVersionACaseReceivedOn2023_05_04IsJudgedUnder2023() {
        Result result = ENGINE.evaluate(ENGINE.read(application("2023-05-04")));
        assertThat(result.policy().id()).isEqualTo("jonkoping-2023");
        assertThat(result.findings("POLICY_NOT_IN_FORCE")).isEmpty();
        assertThat(result.decision().authority()).isEqualTo("KOMMUNSTYRELSENS_LEDNINGSUTSKOTT");
    }

    @Test
    void namingAVersionNotInForceJudgesUnderItAndWarns() {
        Result result = ENGINE.evaluate(ENGINE.read(application("2023-05-04")), "jonkoping-2013");
        assertThat(result.policy().id()).isEqualTo("jonkoping-2013");
        assertThat(result.findings("POLICY_NOT_IN_FORCE")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("jonkoping-2013");
            assertThat(f.source().document()).isEqualTo("000_7e67ce9a81018cd0.txt");
        });
    }

    /** An association's application of 60 000 kr received on a day (judged a week later). */
    static String application(String receivedOn) {
        LocalDate asOf = LocalDate.parse(receivedOn).plusDays(7);
        return """
            { "kind": "GRANT_APPLICATION", "municipality": "jonkoping", "asOf": "%s", "receivedOn": "%s",
              "applicant": { "type": "ASSOCIATION", "name": "Råslätts Kulturförening", "localIn": ["RASLATT"] },
              "signatory": "CHAIR",
              "project": { "start": "2023-06-01", "end": "2024-05-31", "areas": ["RASLATT"] },
              "amounts": { "requested": 60000 } }
            """.formatted(asOf, receivedOn);
    }
}
