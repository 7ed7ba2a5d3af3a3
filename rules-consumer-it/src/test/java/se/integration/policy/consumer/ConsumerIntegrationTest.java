package se.integration.policy.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A consumer built every way a Java system ships judges the bundled examples exactly as the command line does;
 * the shade configurations that would lose rules fail at start, loudly, naming the cause and the fix.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsumerIntegrationTest {
    static List<String> examples, expected;

    @BeforeAll
    static void judgeTheExamplesWithTheCommandLine() {
        examples = Consumer.examples();
        expected = Consumer.commandLineOutput(examples);
        assertThat(expected).hasSameSizeAs(examples);
    }

    @Test
    void a_consumer_on_the_plain_class_path_judges_every_example_as_the_command_line_does() {
        var run = Consumer.java(List.of("-cp", Consumer.classPath(Consumer.JAR, Consumer.LIB), Consumer.MAIN), examples);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_shaded_jar_with_the_services_resource_transformer_judges_every_example_as_the_command_line_does() {
        var run = Consumer.java(List.of("-jar", Consumer.BUILD.resolve("shaded/consumer.jar").toString()), examples);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_shaded_jar_without_the_services_resource_transformer_refuses_to_start_naming_the_lost_packages_and_the_fix() {
        var run = Consumer.java(List.of("-jar", Consumer.BUILD.resolve("shaded/consumer-without-services-transformer.jar").toString()), examples);
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("PolicyPackageException", "META-INF/services/se.integration.policy.core.PolicyPackage",
                "ServicesResourceTransformer");
        // four of the five packages lost their service entry; each is named
        long named = List.of("jonkoping-2013", "jonkoping-2023", "mellerud-2014", "lidkoping-2016", "varnamo-2017").stream()
                .filter(id -> run.err().contains("'" + id + "'")).count();
        assertThat(named).as(run.err()).isEqualTo(4);
    }

    @Test
    void a_minimized_shaded_jar_fails_when_the_engine_is_created_naming_the_dropped_rule_classes_and_the_fix() {
        var run = Consumer.java(List.of("-jar", Consumer.BUILD.resolve("shaded/consumer-minimized.jar").toString()), examples);
        assertThat(run.exit()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("PolicyPackageException", "minimizeJar", "PolicyEngine.create");
    }

    @Test
    void a_spring_boot_executable_jar_with_nested_jars_judges_every_example_as_the_command_line_does() {
        var run = Consumer.java(List.of("-jar", Consumer.BUILD.resolve(Consumer.JAR.getFileName().toString().replace(".jar", "-boot.jar")).toString()), examples);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactlyElementsOf(expected);
    }

    @Test
    void a_consumer_on_the_module_path_judges_every_example_as_the_command_line_does() {
        // a named module (src/main/module/module-info.java: requires se.integration.policy.core), no --add-modules
        String modulePath = Consumer.JAR + File.pathSeparator + Consumer.LIB;
        var run = Consumer.java(List.of("--module-path", modulePath, "--module", "se.integration.policy.consumerit/" + Consumer.MAIN), examples);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).containsExactlyElementsOf(expected);
        var described = Consumer.java(List.of("--module-path", modulePath, "--describe-module", "se.integration.policy.consumerit"), List.of());
        assertThat(described.out()).as("the consumer is an explicit module requiring the core")
                .contains("requires se.integration.policy.core automatic");
        assertThat(described.out().lines().findFirst().orElse("")).as("the consumer itself is not an automatic module")
                .startsWith("se.integration.policy.consumerit@").doesNotContain("automatic");
    }
}
