package dk.samskabelse.journal.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import dk.samskabelse.journal.security.AccountException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a password must be wherever one is set (the admin API, the admin pages, JOURNAL_ADMIN_PASSWORD):
 * <ul>
 * <li>at least {@value #MIN_LENGTH} characters (PASSWORD_TOO_SHORT) and at most {@value #MAX_BYTES} bytes in UTF-8,
 * all bcrypt reads (PASSWORD_TOO_LONG);</li>
 * <li>not guessable (PASSWORD_TOO_WEAK): zxcvbn's estimate (the zxcvbn4j library, com.nulab-inc:zxcvbn) must be at
 * least score {@value #MIN_SCORE} of 4, i.e. at least 10^8 guesses. Its dictionaries hold the most common
 * passwords, names and words; it also finds keyboard patterns, repeats, sequences, dates and l33t spellings and
 * their combinations, so "1234567890ab", "aaaaaaaaaaaa", "password1234" and "qwertyuiop12" are refused. The
 * journal's own words (its name, the demo password and demo user names) and the user's own name count as dictionary
 * words too, so "samskabelse1" or "leder-leder-1" is refused as well.</li>
 * </ul>
 * The demo users' password is never set through this policy; it exists only in demo mode (security/InitialUsers).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn score 3: "safely unguessable", at least 10^8 guesses. */
    static final int MIN_SCORE = 3;

    /** Words a guesser of this journal's passwords tries first, besides zxcvbn's own dictionaries. */
    private static final List<String> JOURNAL_WORDS = List.of(
            "samskabelse",
            "samskabelsesjournal",
            "journal",
            "samskabelsesjournalen",
            "journalen",
            InitialUsers.ADMIN,
            InitialUsers.DEMO_LEADER,
            InitialUsers.DEMO_CHEF,
            InitialUsers.DEMO_RESEARCHER,
            "administrator",
            "adgangskode",
            "kodeord",
            "kommune",
            "kommunen");

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy, naming the first rule it breaks. */
    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountException(Problem.PASSWORD_TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountException(Problem.PASSWORD_TOO_LONG);
        }
        if (password.isBlank() || score(username, password) < MIN_SCORE) {
            throw new AccountException(Problem.PASSWORD_TOO_WEAK);
        }
    }

    static int score(String username, String password) {
        List<String> words = new ArrayList<>(JOURNAL_WORDS);
        String name = UserAccounts.normalise(username);
        if (!name.isEmpty()) {
            words.add(name);
        }
        return ZXCVBN.measure(password, words).getScore();
    }
}
