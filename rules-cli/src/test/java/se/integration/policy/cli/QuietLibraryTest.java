package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.integration.policy.core.PolicyEngine;

/** The library logs nothing at INFO or above during a normal evaluation (embedding systems keep their logs). */
class QuietLibraryTest {
    @Test
    void evaluatingEveryExampleUnderEveryPackageLogsNothingAtInfoOrAbove() throws Exception {
        PolicyEngine engine = PolicyEngine.create();
        // first use builds the KieBases; that is start-up, not evaluation
        for (var p : engine.registry().all()) engine.preload(p.id());
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        int judged = 0;
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/drafts/")).toList()) {
                engine.toJson(engine.evaluate(Files.readString(f), null));
                judged++;
            }
        } finally {
            root.setLevel(before);
            root.detachAppender(appender);
        }
        assertThat(judged).isGreaterThanOrEqualTo(4);
        assertThat(appender.list).as("log events at INFO or above").extracting(ILoggingEvent::getFormattedMessage).isEmpty();
    }
}
