package se.integration.policy.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static final JsonNode TWO_INTERIM = json("{'obligations':[{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},"
            + "{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},{'code':'FINAL_REPORT','status':'OPEN'}]}");

    static List<Disagreement> compare(String expected, boolean exact) {
        return Expectations.compare(json(expected), TWO_INTERIM, exact);
    }

    @Test
    void obligationsAreMatchedOnTheFieldsStatedAndOthersMayBeThere() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT','status':'MET'}]}", false)).isEmpty();
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT','status':'LATE'}]}", false)).hasSize(1);
    }

    @Test
    void exactObligationsNeedOneEntryForEachObligationSoAnObligationThereTwiceDisagrees() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'FINAL_REPORT'}]}", true))
                .extracting(Disagreement::recorded, Disagreement::now)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("absent", "{code:INTERIM_REPORT, subject:2024-09-05, status:MET}"));
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT'},{'code':'FINAL_REPORT'}]}", true)).isEmpty();
    }

    @Test
    void exactObligationsMatchTheEntriesThatSayMostFirst() {
        // the bare entry must not take the obligation the detailed entry needs
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT','subject':'2024-09-05','status':'MET'},"
                + "{'code':'FINAL_REPORT','status':'OPEN'}]}", true)).isEmpty();
    }

    @Test
    void exactObligationsReportAnObligationNoEntryExpects() {
        assertThat(compare("{'obligations':[{'code':'INTERIM_REPORT'},{'code':'INTERIM_REPORT'}]}", true))
                .extracting(Disagreement::now).containsExactly("{code:FINAL_REPORT, status:OPEN}");
    }
}
