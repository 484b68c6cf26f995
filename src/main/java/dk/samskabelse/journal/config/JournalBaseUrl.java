package dk.samskabelse.journal.config;

import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The journal's own address (journal.base-url, JOURNAL_BASE_URL; default http://localhost:8080) for the few links
 * that must work outside the journal's pages, such as the evidence links of the evaluation Markdown. It is
 * configured, never taken from the request: the Host header is chosen by the client (review 2026-12-04, 5).
 */
@Component
public class JournalBaseUrl {

    private final String value;

    public JournalBaseUrl(@Value("${journal.base-url:http://localhost:8080}") String configured) {
        this.value = checked(configured);
    }

    /** Scheme, host, port and context path, without a trailing slash. */
    public String value() {
        return value;
    }

    static String checked(String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null
                    || uri.getUserInfo() != null) {
                throw new IllegalArgumentException("journal.base-url (JOURNAL_BASE_URL) must be an http or https "
                        + "address such as https://journal.example.dk, not '" + configured + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "journal.base-url (JOURNAL_BASE_URL) is not an address: '" + configured + "'", e);
        }
        return trimmed;
    }
}
