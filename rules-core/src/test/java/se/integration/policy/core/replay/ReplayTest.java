package se.integration.policy.core.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.read.InvalidCaseException;
import se.integration.policy.core.read.Problem;

class ReplayTest {
    static List<String> problems(String json) {
        try {
            Replay.parse(json.replace('\'', '"'));
        } catch (InvalidCaseException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("no problem with " + json);
    }

    @Test
    void aValidRecordIsParsedWithItsNameNoteVersionAndCaseId() {
        RecordedDecision d = Replay.parse("{\"name\":\"n\",\"note\":\"why\",\"policy\":\"p\",\"case\":{\"kind\":\"GRANT_APPLICATION\",\"caseId\":\"C-1\"},"
                + "\"expected\":{\"obligations\":[]},\"exactObligations\":true}");
        assertThat(d.name()).isEqualTo("n");
        assertThat(d.note()).isEqualTo("why");
        assertThat(d.policy()).isEqualTo("p");
        assertThat(d.caseId()).isEqualTo("C-1");
        assertThat(d.exactObligations()).isTrue();
    }

    @Test
    void malformedJsonIsOneLineWithoutTheParsersInternals() {
        assertThat(problems("{'case': {}, ")).singleElement().asString().startsWith("$: malformed JSON: ")
                .doesNotContain("\n").doesNotContain("Source").doesNotContain("com.fasterxml");
        assertThat(problems("")).containsExactly("$: the input is empty");
    }

    @Test
    void anArrayOrANumberIsNotARecordedDecision() {
        assertThat(problems("[1]")).containsExactly("$: a recorded decision must be a JSON object {\"case\": …, \"expected\": …}, not an array");
        assertThat(problems("7")).containsExactly("$: a recorded decision must be a JSON object {\"case\": …, \"expected\": …}, not a number");
    }

    @Test
    void aCaseOrAResultGivenAsARecordIsNamedAsSuchInOneLine() {
        assertThat(problems("{'kind':'GRANT_APPLICATION','caseId':'X','municipality':'jonkoping','applicant':{},'project':{}}"))
                .containsExactly("$: this is a case, not a recorded decision {\"case\": …, \"expected\": …} (`policy record` writes one from it)");
        assertThat(problems("{'policy':{'id':'x'},'eligible':true,'complete':true,'findings':[],'obligations':[]}"))
                .containsExactly("$: this is a result, not a recorded decision {\"case\": …, \"expected\": …}");
    }

    @Test
    void formErrorsInsideExpectedAreInvalidInputWithTheirPaths() {
        assertThat(problems("{'case':{},'expected':{'decision':{'authorty':'X'},'eligible':'yes','obligations':[{'code':'X','stauts':'MET'}],"
                + "'findings':[{'code':'A','subjct':'B'}]}}"))
                .anySatisfy(p -> assertThat(p).startsWith("$.expected.decision.authorty: is not a field of the result's decision"))
                .anySatisfy(p -> assertThat(p).startsWith("$.expected.eligible: must be true or false"))
                .anySatisfy(p -> assertThat(p).startsWith("$.expected.obligations[0].stauts: is not a field of an obligation"))
                .anySatisfy(p -> assertThat(p).startsWith("$.expected.findings[0].subjct: is not a field of a finding"))
                .hasSize(4);
    }

    @Test
    void theEnvelopeIsCheckedToo() {
        assertThat(problems("{'case':1,'policy':2,'name':3,'exactObligations':'yes','subjct':1}"))
                .contains("$.subjct: unknown field (expected one of case, policy, expected, name, note, exactObligations)",
                        "$.case: is required and must be an object", "$.expected: is required and must be an object",
                        "$.policy: must be a string", "$.name: must be a string", "$.exactObligations: must be true or false");
        assertThat(problems("{'case':{},'expected':{},'exactObligations':true}")).containsExactly("$.exactObligations: needs expected.obligations");
    }

    @Test
    void aRecordToBeRecordedAgainNeedsNoValidExpectation() {
        RecordedDecision d = Replay.parseToRecordAgain("{\"case\":{\"kind\":\"GRANT_APPLICATION\"},\"policy\":\"p\",\"name\":\"n\","
                + "\"expected\":{\"verdict\":1}}");
        assertThat(d.policy()).isEqualTo("p");
        assertThat(Replay.parseToRecordAgain("{\"case\":{\"kind\":\"GRANT_APPLICATION\"}}").expected()).isNull();
        assertThatThrownBy(() -> Replay.parseToRecordAgain("{\"case\":{},\"expected\":1}")).isInstanceOf(InvalidCaseException.class)
                .hasMessage("$.expected: must be an object");
    }

    @Test
    void aRecordGivesItsCaseAndExpectationAsCompactJsonTextInTheirOrder() {
        RecordedDecision d = Replay.parse("{\"case\": {\"kind\": \"GRANT_APPLICATION\", \"caseId\": \"Å-1\", \"meta\": {\"b\": 1.50, \"a\": [true, null]}},"
                + " \"policy\": \"p\", \"expected\": {\"eligible\": true, \"findings\": []}}");
        assertThat(d.caseJson()).isEqualTo("{\"kind\":\"GRANT_APPLICATION\",\"caseId\":\"Å-1\",\"meta\":{\"b\":1.5,\"a\":[true,null]}}");
        assertThat(d.expected()).isEqualTo("{\"eligible\":true,\"findings\":[]}");
        assertThat(d.caseId()).isEqualTo("Å-1");
        assertThat(d.withPolicy("q")).isEqualTo(new RecordedDecision(null, null, d.caseJson(), "q", d.expected(), false));
        assertThat(d.policy()).isEqualTo("p");
        assertThatThrownBy(() -> Replay.parseToRecordAgain("{\"case\":[]}")).isInstanceOf(InvalidCaseException.class)
                .hasMessage("$.case: is required and must be an object");
    }

    @Test
    void documentsAreToldApartByTheirFields() {
        assertThat(Replay.classify(("{\"kind\":\"ALLOCATION\"}"))).isEqualTo(Replay.Document.CASE);
        assertThat(Replay.classify(("{\"case\":{},\"kind\":1}"))).isEqualTo(Replay.Document.RECORDED_DECISION);
        assertThat(Replay.classify(("{\"eligible\":true,\"findings\":[]}"))).isEqualTo(Replay.Document.RESULT);
        assertThat(Replay.classify(("{\"x\":1}"))).isEqualTo(Replay.Document.OTHER);
        assertThat(Replay.classify(("[]"))).isEqualTo(Replay.Document.OTHER);
        assertThatThrownBy(() -> Replay.classify("{\"a\":1,\"a\":2}")).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("$: malformed JSON: Duplicate field 'a'");
    }
}
