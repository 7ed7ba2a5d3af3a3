package se.integration.policy.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.ActionPlan;
import se.integration.policy.core.model.ActionPlan.OrganisationType;
import se.integration.policy.core.model.OnlyWhen;

public class OnlyWhenTest {

    @Test
    void everyOnlyWhenOfTheModelNamesAFieldOfItsRecordAndAValueThatFieldCanHave() {
        for (RecordComponent c : ActionPlan.Organisation.class.getRecordComponents()) {
            OnlyWhen only = c.getAnnotation(OnlyWhen.class);
            if (only == null) continue;
            RecordComponent decider = java.util.Arrays.stream(ActionPlan.Organisation.class.getRecordComponents())
                    .filter(d -> d.getName().equals(only.field())).findFirst().orElseThrow(() -> new AssertionError(only.field()));
            assertThat(decider.getType().isEnum()).as(only.field()).isTrue();
            assertThat(java.util.Arrays.stream(decider.getType().getEnumConstants()).map(String::valueOf)).contains(only.is());
        }
    }

    @Test
    void aFieldGivenUnderAnotherValueIsReportedAndOneGivenUnderItsOwnValueOrWithNoDeciderIsNot() {
        assertThat(problems(new ActionPlan.Organisation(OrganisationType.COMMITTEE, "Nämnd", true)))
                .containsExactly(".whollyOwned: is for a COMPANY only (the organisation is a COMMITTEE): leave it out or null");
        assertThat(problems(new ActionPlan.Organisation(OrganisationType.COMPANY, "Bolag", false))).isEmpty();
        assertThat(problems(new ActionPlan.Organisation(OrganisationType.COMMITTEE, "Nämnd", null))).isEmpty();
        assertThat(problems(new ActionPlan.Organisation(null, "Okänd", true))).isEmpty();
    }

    public record Misnamed(String kind, @OnlyWhen(field = "type", is = "COMPANY") Boolean flag) {}

    @Test
    void anOnlyWhenThatNamesNoFieldOfItsRecordIsAProgrammingErrorNamedAsSuch() {
        assertThatThrownBy(() -> OnlyWhen.Check.of(new Misnamed("x", true), (p, m) -> {}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no field type (named by @OnlyWhen)");
    }

    private static List<String> problems(Record r) {
        List<String> out = new ArrayList<>();
        OnlyWhen.Check.of(r, (path, message) -> out.add(path + ": " + message));
        return out;
    }
}
