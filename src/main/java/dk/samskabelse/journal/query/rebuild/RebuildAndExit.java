package dk.samskabelse.journal.query.rebuild;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The command-line rebuild: `java -jar journal.jar --journal.rebuild-and-exit` (or the same argument through
 * ./mvnw spring-boot:run) rebuilds every projection, logs the progress and exits 0 when done.
 */
@Component
@ConditionalOnProperty("journal.rebuild-and-exit")
class RebuildAndExit implements ApplicationRunner {

    private final ProjectionRebuilder rebuilder;
    private final ApplicationContext context;

    RebuildAndExit(ProjectionRebuilder rebuilder, ApplicationContext context) {
        this.rebuilder = rebuilder;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuilder.rebuildAndWait(Duration.ofHours(6));
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
    }
}
