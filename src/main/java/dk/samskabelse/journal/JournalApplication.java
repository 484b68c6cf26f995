package dk.samskabelse.journal;

import dk.samskabelse.journal.config.MigrateOnly;
import dk.samskabelse.journal.query.typology.validation.ModelValidationCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
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
        // The model validation (--journal.validate-model=FILE): run a typology model over the seed cases, print
        // one line per case and exit; no database, no journal.
        if (ModelValidationCommand.requested(args)) {
            System.exit(ModelValidationCommand.run(args));
        }
        SpringApplication.run(JournalApplication.class, args);
    }
}
