package se.integration.policy.core.internal.read;

import se.integration.policy.core.read.Problem;
import se.integration.policy.core.read.InvalidCaseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.OnlyWhen;

class OnlyWhenTest {
    private static final CaseReader READER = new CaseReader();

    @Test
    void aFieldGivenUnderAnotherValueOfItsDeciderIsReportedAtItsPathNamingThatValue() {
        assertThat(problems("COMMITTEE", "true"))
                .containsExactly("$.organisation.whollyOwned: is for a COMPANY only (the organisation is a COMMITTEE): leave it out or null");
    }

    @Test
    void aFieldGivenUnderItsOwnValueLeftOutOrNullIsNotReported() {
        assertThat(problems("COMPANY", "false")).isEmpty();
        assertThat(problems("COMMITTEE", "null")).isEmpty();
    }

    @Test
    void aWronglyTypedFieldOrDeciderHasOnlyItsOwnProblem() {
        assertThat(problems("COMMITTEE", "\"yes\"")).singleElement().satisfies(p -> assertThat(p).startsWith("$.organisation.whollyOwned: must be"));
        assertThat(problems("NO_SUCH_TYPE", "true")).singleElement().satisfies(p -> assertThat(p).startsWith("$.organisation.type: must be one of"));
    }

    @Test
    void theProblemStandsBesideTheCasesOtherProblems() {
        String json = """
                {"kind":"ACTION_PLAN","municipality":"varnamo","organisation":{"type":"BOARD","whollyOwned":true},"year":1000}""";
        assertThatThrownBy(() -> READER.read(json)).isInstanceOfSatisfying(InvalidCaseException.class, e ->
                assertThat(e.problems()).extracting(Problem::path).contains("$.organisation.whollyOwned", "$.year"));
    }

    public enum Colour { RED, GREEN }

    public record Misnamed(Colour colour, @OnlyWhen(field = "kind", is = "RED") Boolean flag) {}

    public record NoSuchValue(Colour colour, @OnlyWhen(field = "colour", is = "BLUE") Boolean flag) {}

    @Test
    void anOnlyWhenThatNamesNoEnumFieldOrNoneOfItsValuesIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> TreeValidator.components(Misnamed.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Misnamed.flag: @OnlyWhen names no enum field kind with a constant RED");
        assertThatThrownBy(() -> TreeValidator.components(NoSuchValue.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchValue.flag: @OnlyWhen names no enum field colour with a constant BLUE");
        // the model's own are well formed
        assertThat(TreeValidator.components(se.integration.policy.core.model.ActionPlan.Organisation.class)).containsKey("whollyOwned");
    }

    private static List<String> problems(String type, String whollyOwned) {
        String json = """
                {"kind":"ACTION_PLAN","municipality":"varnamo","organisation":{"type":"%s","whollyOwned":%s},"year":2019}""".formatted(type, whollyOwned);
        try {
            READER.read(json);
            return List.of();
        } catch (InvalidCaseException e) {
            return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        }
    }
}
