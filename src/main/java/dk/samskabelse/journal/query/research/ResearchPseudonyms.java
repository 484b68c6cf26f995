package dk.samskabelse.journal.query.research;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Service;

/**
 * Stable pseudonyms for research (docs/domain.md "Personal data": research exports are pseudonymised): a keyed hash
 * (HMAC-SHA256 with the server's secret, see {@link ResearchKey}) of the project and the actor id, so an actor
 * has the same pseudonym in every export of one project, and different ones in different projects (two
 * exports cannot be linked through an actor). Who recorded an entry is a staff member's user name, which is
 * personal data too; it gets a pseudonym of its own kind.
 */
@Service
public class ResearchPseudonyms {

    static final String ALGORITHM = "HmacSHA256";
    /** 40 bits: a collision among the few hundred actors of one project is practically impossible. */
    private static final int HEX_DIGITS = 10;

    private final ResearchKey key;

    ResearchPseudonyms(ResearchKey key) {
        this.key = key;
    }

    /** "A-" and ten hex digits, e.g. "A-7f3c9e2b41"; null stays null. */
    public String actor(String projectId, String actorId) {
        return actorId == null ? null : "A-" + hash("actor", projectId, actorId);
    }

    /** "U-" and ten hex digits for the user who recorded an entry; null stays null. */
    public String user(String projectId, String username) {
        return username == null ? null : "U-" + hash("user", projectId, username);
    }

    /** The pseudonyms of one project. */
    public ProjectPseudonyms forProject(String projectId) {
        return new ProjectPseudonyms(projectId, this);
    }

    private String hash(String kind, String projectId, String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.bytes(), ALGORITHM));
            // The parts are separated by a character that cannot occur in them, so no two inputs run together.
            byte[] digest = mac.doFinal((kind + '\u0000' + projectId + '\u0000' + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
