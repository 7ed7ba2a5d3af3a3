package se.integration.policy.core.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.result.Obligation;
import se.integration.policy.core.result.Priority;

class TreeValidatorTest {

    @Test
    void aRecordsFieldsAreGivenInDeclarationOrderWithTheirTypesAndListedAsMessagesListThem() {
        assertThat(TreeValidator.components(Obligation.Period.class)).containsExactly(entry("from", LocalDate.class), entry("to", LocalDate.class));
        assertThat(TreeValidator.fieldList(Priority.class)).isEqualTo("areas, factors, basis");
        assertThat(TreeValidator.rawClass(TreeValidator.components(Priority.class).get("areas"))).isEqualTo(List.class);
        assertThat(TreeValidator.unknownField(TreeValidator.fieldList(Obligation.Period.class))).isEqualTo("unknown field (expected one of from, to)");
        Map<String, java.lang.reflect.Type> fields = TreeValidator.components(Obligation.Period.class);
        assertThatThrownBy(() -> fields.put("until", LocalDate.class)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aClassThatIsNotARecordHasNoFieldsToCheckAndSaysSo() {
        assertThatThrownBy(() -> TreeValidator.components(String.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.String is not a record class");
    }
}
