package se.integration.policy.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.PolicyEngine;

class ParserMessagesTest {
    @Test
    void aParsersComplaintIsWordedAsTheCaseReaderWordsItWithLineAndColumnAndNoParserClassNames() {
        String broken = "{\n  \"kind\": \"GRANT_APPLICATION\",\n";
        JsonProcessingException e = null;
        try {
            new ObjectMapper().readTree(broken);
        } catch (JsonProcessingException x) {
            e = x;
        }
        assertThat(e).isNotNull();
        String said = ParserMessages.describe(e);
        assertThat(said).contains("(line 3, column").doesNotContain("Source:").doesNotContain("com.fasterxml");
        // the case reader says the same of the same text
        PolicyEngine engine = PolicyEngine.create();
        assertThatThrownBy(() -> engine.read(broken)).isInstanceOf(InvalidCaseException.class)
                .satisfies(x -> assertThat(((InvalidCaseException) x).problems().get(0).message()).endsWith(said));
    }

    @Test
    void anyOtherExceptionIsDescribedByItsMessageAndNullIsNamed() {
        assertThat(ParserMessages.describe(new IllegalStateException("closed"))).isEqualTo("closed");
        assertThatThrownBy(() -> ParserMessages.describe(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("parserError");
    }
}
