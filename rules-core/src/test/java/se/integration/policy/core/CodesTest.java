package se.integration.policy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.result.Codes;

/** The constants of {@link Codes} are exactly the codes of the contract's vocabulary. */
class CodesTest {
    private static java.util.Set<String> constants() throws IllegalAccessException {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (Class<?> group : Codes.class.getDeclaredClasses()) {
            for (Field f : group.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                assertThat(f.get(null)).as(f.getName()).isEqualTo(f.getName());
                all.add(f.getName());
            }
        }
        return all;
    }

    @Test
    void everyCodeOfTheContractsVocabularyIsAConstantAndEveryConstantIsInTheContract() throws Exception {
        String contract = Files.readString(Path.of("..", "docs", "contract.md"));
        String vocabulary = contract.substring(contract.indexOf("### Vocabulary"));
        vocabulary = vocabulary.substring(0, vocabulary.indexOf("Repayment grounds") + 200);
        vocabulary = vocabulary.replaceAll("`measures\\[i\\]\\.field`.*", ""); // a subject, not a code
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("`([A-Z][A-Z_]+)`").matcher(vocabulary);
        while (m.find()) {
            String code = m.group(1);
            if (!List.of("ERROR", "WARNING", "INFO", "OPEN", "MET", "LATE", "OVERDUE", "ADVISORY").contains(code) && !codes.contains(code)) codes.add(code);
        }
        assertThat(constants()).containsExactlyInAnyOrderElementsOf(codes);
    }
}
