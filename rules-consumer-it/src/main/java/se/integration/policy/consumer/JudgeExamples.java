package se.integration.policy.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import se.integration.policy.core.PolicyEngine;
import se.integration.policy.core.model.PolicyCase;
import se.integration.policy.core.result.Result;

/**
 * A consumer as the README's "In a Java system" shows one: judges each case file named on the command line and
 * writes each result as one JSON line, in the order given (as {@code policy evaluate --format json} does).
 * The integration tests run it from a plain class path, a shaded jar, a Spring Boot jar and the module path.
 */
public final class JudgeExamples {
    private JudgeExamples() {}

    public static void main(String[] args) throws Exception {
        PolicyEngine engine = PolicyEngine.create();
        StringBuilder out = new StringBuilder();
        for (String file : args) {
            PolicyCase application = engine.read(Files.readAllBytes(Path.of(file)));
            Result result = engine.evaluate(application);
            out.append(engine.toJson(result)).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
