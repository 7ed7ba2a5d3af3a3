package se.integration.policy.core.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.GrantApplication.Grant;
import se.integration.policy.core.model.GrantApplication.Payment;
import se.integration.policy.core.model.GrantApplication.Report;
import se.integration.policy.core.model.GrantApplication.ReportType;

class PaymentOccasionTest {
    static LocalDate d(String s) { return LocalDate.parse(s); }

    static Grant grant(List<String> payments, List<Report> reports) {
        return new Grant(60_000L, null, null, payments.stream().map(p -> new Payment(d(p), null)).toList(), reports, null, null, null);
    }

    static Report interim(String day) { return new Report(ReportType.INTERIM, d(day)); }

    @Test
    void paymentsAreTakenInDateOrderWhateverOrderTheCaseListsThemIn() {
        List<PaymentOccasion> o = PaymentOccasion.of(grant(List.of("2024-09-05", "2024-03-05", "2025-03-05"), List.of()));
        assertThat(o).extracting(PaymentOccasion::date).containsExactly(d("2024-03-05"), d("2024-09-05"), d("2025-03-05"));
        assertThat(o).extracting(PaymentOccasion::previous).containsExactly(null, d("2024-03-05"), d("2024-09-05"));
        assertThat(o).extracting(PaymentOccasion::last).containsExactly(false, false, true);
    }

    @Test
    void twoPaymentsOnOneDayAreOneOccasion() {
        assertThat(PaymentOccasion.of(grant(List.of("2024-03-05", "2024-09-05", "2024-09-05"), List.of()))).hasSize(2);
    }

    @Test
    void aReportOnThePaymentDayIsBeforeItAndOneTheDayAfterIsAfterIt() {
        PaymentOccasion onTheDay = PaymentOccasion.of(grant(List.of("2024-03-05", "2024-09-05"), List.of(interim("2024-09-05")))).get(1);
        assertThat(onTheDay.interimReportBefore()).isEqualTo(d("2024-09-05"));
        assertThat(onTheDay.interimReportAfter()).isNull();

        PaymentOccasion dayAfter = PaymentOccasion.of(grant(List.of("2024-03-05", "2024-09-05"), List.of(interim("2024-09-06")))).get(1);
        assertThat(dayAfter.interimReportBefore()).isNull();
        assertThat(dayAfter.interimReportAfter()).isEqualTo(d("2024-09-06"));
    }

    @Test
    void aReportOnThePreviousPaymentDayDoesNotAnswerTheNextPaymentButOneTheDayAfterDoes() {
        List<String> payments = List.of("2024-03-05", "2024-09-05");
        assertThat(PaymentOccasion.of(grant(payments, List.of(interim("2024-03-05")))).get(1).interimReportBefore()).isNull();
        assertThat(PaymentOccasion.of(grant(payments, List.of(interim("2024-03-06")))).get(1).interimReportBefore()).isEqualTo(d("2024-03-06"));
    }

    @Test
    void onlyInterimReportsCountAndTheFirstOfSeveralIsTaken() {
        List<Report> reports = List.of(new Report(ReportType.FINAL, d("2024-06-01")), interim("2024-08-01"), interim("2024-07-01"));
        PaymentOccasion second = PaymentOccasion.of(grant(List.of("2024-03-05", "2024-09-05"), reports)).get(1);
        assertThat(second.interimReportBefore()).isEqualTo(d("2024-07-01"));
        PaymentOccasion first = PaymentOccasion.of(grant(List.of("2024-03-05", "2024-09-05"), reports)).get(0);
        assertThat(first.interimReportAfter()).isEqualTo(d("2024-07-01"));
    }

    @Test
    void tenThousandPaymentsAndReportsGiveTheSameAnswersAsLookingAtEveryPaymentForEveryPayment() {
        List<String> payments = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        LocalDate day = d("2000-01-01");
        for (int i = 0; i < 10_000; i++) {
            payments.add(day.plusDays(3L * i + (i % 2)).toString());
            if (i % 3 != 0) reports.add(interim(day.plusDays(3L * i + 1).toString()));
        }
        Grant g = grant(payments, reports);
        List<PaymentOccasion> occasions = PaymentOccasion.of(g);
        assertThat(occasions).hasSize(10_000);
        // the definition, by brute force, on a sample
        for (int i = 1; i < occasions.size(); i += 997) {
            PaymentOccasion o = occasions.get(i);
            LocalDate expectedBefore = reports.stream().map(Report::submittedOn)
                    .filter(r -> r.isAfter(o.previous()) && !r.isAfter(o.date())).min(LocalDate::compareTo).orElse(null);
            LocalDate expectedAfter = reports.stream().map(Report::submittedOn).filter(r -> r.isAfter(o.date())).min(LocalDate::compareTo).orElse(null);
            assertThat(o.interimReportBefore()).as("before payment %d", i).isEqualTo(expectedBefore);
            assertThat(o.interimReportAfter()).as("after payment %d", i).isEqualTo(expectedAfter);
        }
    }
}
