package dk.samskabelse.journal;

import dk.samskabelse.journal.config.MigrateOnly;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JournalApplication {

    static {
        // The journal runs in municipal networks without outbound access and reports to no one.
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    public static void main(String[] args) {
        // The migration step (JOURNAL_MIGRATE_ONLY=true): migrate as the schema's owner and exit, no journal.
        if (MigrateOnly.requested(args)) {
            System.exit(MigrateOnly.run(args));
        }
        SpringApplication.run(JournalApplication.class, args);
    }
}
