package dk.samskabelse.journal.config;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this journal runs as a demo: `journal.demo` (environment JOURNAL_DEMO) when it is set, otherwise on
 * exactly when the journal stores its data in an embedded H2 database (the zero-setup default of
 * `./mvnw spring-boot:run`). An H2 server (jdbc:h2:tcp:, jdbc:h2:ssl:) and PostgreSQL are not embedded, so a
 * production journal is never a demo unless it is asked to be.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(@Value("${journal.demo:}") String demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.enabled = decide(demo, datasourceUrl);
    }

    public boolean enabled() {
        return enabled;
    }

    static boolean decide(String demo, String datasourceUrl) {
        if (demo != null && !demo.isBlank()) {
            return switch (demo.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default ->
                    throw new IllegalStateException(
                            "journal.demo (JOURNAL_DEMO) must be true or false, not '" + demo.strip() + "'");
            };
        }
        return isEmbeddedH2(datasourceUrl);
    }

    static boolean isEmbeddedH2(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    }
}
