package dk.samskabelse.journal.query.rebuild;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line rebuild: `java -jar journal.jar --journal.rebuild-and-exit` (or the same argument through
 * ./mvnw spring-boot:run) rebuilds every projection with no other journal instance running (OfflineRebuild),
 * logs the progress and exits 0 when done.
 */
@Component
@ConditionalOnProperty("journal.rebuild-and-exit")
class RebuildAndExit implements ApplicationRunner {

    private final OfflineRebuild rebuild;
    private final ApplicationContext context;

    RebuildAndExit(OfflineRebuild rebuild, ApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.run();
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
    }
}
