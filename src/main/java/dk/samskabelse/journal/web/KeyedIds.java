package dk.samskabelse.journal.web;

import dk.samskabelse.journal.query.research.ResearchKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The ids the journal stores for a request that names its own key: an API request's Idempotency-Key, or the
 * nonce a form was issued with (its hidden field "entryId"). No client chooses a stored id; it is derived from
 * the client's key with HMAC-SHA256 under a server secret, so that:
 * <ul>
 *   <li>the same key in the same project gives the same ids (a request sent twice is answered like the first
 *       and stores nothing);</li>
 *   <li>the same key in two projects gives unrelated ids, so a key (or an entry id copied from another project)
 *       can never name another project's entry or actor;</li>
 *   <li>without the secret nobody, a researcher with an export included, can compute an actor's id from the
 *       entry id that registered it (the entry id and the actor id are separate HMACs).</li>
 * </ul>
 * The secret is the research pseudonyms' one ({@link ResearchKey}: JOURNAL_PSEUDONYM_KEY or the row in
 * research_key), used through a key derived from it with its own label, so ids and pseudonyms never share a
 * key. Project ids are bound to the signed-in user instead of a project: two users who happen to use the same
 * key start two projects. The ids are UUIDs (version 8, "custom") made from the first 122 bits of the HMAC.
 * Ids already in stored events are unchanged; only new ones are derived this way.
 */
@Component
public class KeyedIds {

    static final String LABEL = "journal-keyed-ids-v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final ResearchKey secret;
    private volatile byte[] key;

    public KeyedIds(ResearchKey secret) {
        this.secret = secret;
    }

    /** The entry id of a keyed request (or form) in one project. */
    public String entryId(String projectId, String clientKey) {
        return derive("entry", projectId, clientKey);
    }

    /** The id of the actor a keyed RegisterActor creates in one project. */
    public String actorId(String projectId, String clientKey) {
        return derive("actor", projectId, clientKey);
    }

    /** The id of the project a keyed StartProject creates, bound to the user who sends it. */
    public String projectId(String username, String clientKey) {
        return derive("project", username, clientKey);
    }

    private String derive(String kind, String scope, String clientKey) {
        byte[] digest = mac((kind + '\u0000' + scope + '\u0000' + clientKey).getBytes(StandardCharsets.UTF_8));
        ByteBuffer bits = ByteBuffer.wrap(digest);
        long high = bits.getLong();
        long low = bits.getLong();
        high = (high & ~0xF000L) | 0x8000L; // version 8
        low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    private byte[] mac(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] loaded = key;
        if (loaded == null) {
            loaded = secret.derivedKey(LABEL);
            key = loaded;
        }
        return loaded;
    }
}
