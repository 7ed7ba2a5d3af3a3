package se.integration.policy.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Contract 1.1: a duty whose text gives a period and no day is judged against its period and has no due day. */
class DueObligationTest {
    private static final LocalDate FROM = LocalDate.of(2017, 1, 1), TO = LocalDate.of(2017, 6, 30);

    @Test
    void aDutyJudgedAgainstItsPeriodCarriesThePeriodAndNoDueDay() {
        DueObligation o = DueObligation.of("REPORT_BACK", null, Deadlines.inPeriod(TO, null, TO)).inPeriod(FROM, TO);
        assertThat(o.due()).isNull();
        assertThat(o.periodFrom()).isEqualTo(FROM);
        assertThat(o.periodTo()).isEqualTo(TO);
        assertThat(o.status()).isEqualTo(ObligationStatus.OPEN);
    }

    @Test
    void aPeriodsLastDayGivenAsADueDayIsRefusedSoNoPackageCanInventOne() {
        assertThatThrownBy(() -> DueObligation.of("REPORT_BACK", TO, ObligationStatus.OPEN).inPeriod(FROM, TO))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no due day");
    }
}
