package se.integration.policy.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    private static final LocalDate DUE = LocalDate.of(2024, 7, 30);

    @Test
    void aDutyDoneOnItsDueDayIsMetAndOneDoneTheDayAfterIsLate() {
        assertThat(Deadlines.status(DUE, DUE, DUE.plusDays(10))).isEqualTo(ObligationStatus.MET);
        assertThat(Deadlines.status(DUE, DUE.plusDays(1), DUE.plusDays(10))).isEqualTo(ObligationStatus.LATE);
    }

    @Test
    void aDutyNotDoneIsOpenOnItsDueDayAndOverdueTheDayAfter() {
        assertThat(Deadlines.status(DUE, null, DUE)).isEqualTo(ObligationStatus.OPEN);
        assertThat(Deadlines.status(DUE, null, DUE.plusDays(1))).isEqualTo(ObligationStatus.OVERDUE);
    }

    @Test
    void aDutyThatRunsWithTheProjectIsOpenOnTheProjectsLastDayAndMetTheDayAfter() {
        LocalDate end = LocalDate.of(2024, 6, 30);
        assertThat(Deadlines.whileTheProjectRuns(end, end)).isEqualTo(ObligationStatus.OPEN);
        assertThat(Deadlines.whileTheProjectRuns(end, end.plusDays(1))).isEqualTo(ObligationStatus.MET);
    }

    @Test
    void aDutyThatRunsWithAProjectOfNoKnownLastDayStaysOpen() {
        assertThat(Deadlines.whileTheProjectRuns(null, LocalDate.of(2030, 1, 1))).isEqualTo(ObligationStatus.OPEN);
    }
}
