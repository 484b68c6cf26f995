package dk.samskabelse.journal.query.research;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The server-side secret behind the research pseudonyms. Taken from JOURNAL_PSEUDONYM_KEY when set (so that it
 * can live in a secret store), otherwise 32 random bytes generated once and kept in the table research_key.
 * No endpoint, page, log line or report ever shows it, so a researcher who sees pseudonyms cannot recompute
 * them from actor ids.
 * <p>
 * Other uses of the secret get a key of their own, {@link #derivedKey(String)}: HMAC-SHA256 of a label under
 * this key, so no output of one use (a pseudonym) can be an output of another (a keyed id, see KeyedIds).
 */
@Component
public class ResearchKey {

    static final int MINIMUM_CONFIGURED_LENGTH = 32;
    private static final int GENERATED_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final byte[] configured;
    private volatile byte[] key;

    ResearchKey(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${journal.research.pseudonym-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (configuredKey != null && !configuredKey.isBlank()) {
            if (configuredKey.strip().length() < MINIMUM_CONFIGURED_LENGTH) {
                throw new IllegalStateException(
                        "JOURNAL_PSEUDONYM_KEY must have at least " + MINIMUM_CONFIGURED_LENGTH + " characters");
            }
            this.configured = configuredKey.strip().getBytes(StandardCharsets.UTF_8);
        } else {
            this.configured = null;
        }
    }

    byte[] bytes() {
        if (configured != null) {
            return configured.clone();
        }
        byte[] loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
                loaded = key;
            }
        }
        return loaded.clone();
    }

    /** A key for one other use of the secret, separated from the pseudonyms' by its label. */
    public byte[] derivedKey(String label) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance(ResearchPseudonyms.ALGORITHM);
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes(), ResearchPseudonyms.ALGORITHM));
            return mac.doFinal(("derived-key\u0000" + label).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private byte[] loadOrCreate() {
        byte[] existing = ownTransaction.execute(status -> stored());
        if (existing != null) {
            return existing;
        }
        byte[] fresh = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(fresh);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO research_key (id, key_value, created_at) VALUES (1, ?, ?)",
                    Base64.getEncoder().encodeToString(fresh),
                    Timestamp.from(clock.instant())));
            return fresh;
        } catch (DuplicateKeyException raced) {
            // Another journal instance on the same database made the key first; everyone uses that one.
            return ownTransaction.execute(status -> stored());
        }
    }

    private byte[] stored() {
        List<String> rows = jdbc.queryForList("SELECT key_value FROM research_key WHERE id = 1", String.class);
        return rows.isEmpty() ? null : Base64.getDecoder().decode(rows.get(0));
    }
}
