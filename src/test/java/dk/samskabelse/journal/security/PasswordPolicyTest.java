package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samskabelse.journal.security.AccountException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length, bcrypt's byte limit and zxcvbn's guessability with the journal's own words (security/PasswordPolicy). */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "aaaaaaaaaa", "samskabelse", "elleve-tegn"})
    void fewerThanTwelveCharactersAreTooShort(String password) {
        assertThat(refusal("hanne", password)).isEqualTo(Problem.PASSWORD_TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234567890ab",
                "aaaaaaaaaaaa",
                "password1234",
                "samskabelse1",
                "Samskabelse2026",
                "qwertyuiop12",
                "iloveyou2024",
                "            ",
                "abcdefghijkl",
                "adgangskode1"
            })
    void commonPasswordsPatternsAndTheJournalsOwnWordsAreTooWeak(String password) {
        assertThat(refusal("hanne", password)).isEqualTo(Problem.PASSWORD_TOO_WEAK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"en lang adgangskode", "Prod-Admin-Pass-2026", "grøn kaffe på trappen", "test-user-password"})
    void longUnusualPasswordsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("hanne", password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hanne.jensen1", "hanne.jensen2026"})
    void theUsersOwnNameCountsAsAWord(String password) {
        assertThat(refusal("hanne.jensen", password)).isEqualTo(Problem.PASSWORD_TOO_WEAK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ææææææææææææææææææææææææææææææææææææ1"})
    void moreThanSeventyTwoBytesAreTooLong(String password) {
        assertThat(refusal("hanne", password)).isEqualTo(Problem.PASSWORD_TOO_LONG);
    }

    private static Problem refusal(String username, String password) {
        AccountException refused =
                catchThrowableOfType(AccountException.class, () -> PasswordPolicy.check(username, password));
        assertThat(refused).as(password).isNotNull();
        return refused.problem();
    }
}
