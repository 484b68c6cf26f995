package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    @Test
    void aNewTokenHasThePrefixItsIdAndA256BitSecretAndParsesBack() {
        ApiTokenSecret token = ApiTokenSecret.generate();

        assertThat(token.text()).startsWith("sj_" + token.id() + "_").hasSize(3 + 16 + 1 + 43);
        assertThat(token.id()).matches("[0-9a-f]{16}");
        assertThat(ApiTokenSecret.parse(token.text())).contains(token);
    }

    @Test
    void tokensAreNotRepeated() {
        Set<String> texts = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ApiTokenSecret token = ApiTokenSecret.generate();
            texts.add(token.text());
            ids.add(token.id());
        }
        assertThat(texts).hasSize(1000);
        assertThat(ids).hasSize(1000);
    }

    @Test
    void textsThatAreNoTokenOfTheJournalAreRefused() {
        String good = ApiTokenSecret.generate().text();

        assertThat(ApiTokenSecret.parse(null)).isEmpty();
        assertThat(ApiTokenSecret.parse("")).isEmpty();
        assertThat(ApiTokenSecret.parse(good.substring(1)))
                .as("without its prefix")
                .isEmpty();
        assertThat(ApiTokenSecret.parse(good + "x")).as("too long").isEmpty();
        assertThat(ApiTokenSecret.parse(good.substring(0, good.length() - 1)))
                .as("too short")
                .isEmpty();
        assertThat(ApiTokenSecret.parse(good.replace("sj_", "SJ_"))).isEmpty();
        assertThat(ApiTokenSecret.parse("sj_0123456789ABCDEF_" + good.substring(20)))
                .as("upper-case id")
                .isEmpty();
        assertThat(ApiTokenSecret.parse(good.substring(0, 30) + "+" + good.substring(31)))
                .as("not base64url")
                .isEmpty();
        assertThat(ApiTokenSecret.parse(" " + good)).isEmpty();
    }

    @Test
    void theHashIsTheSha256OfTheTextAndMatchesOnlyItsOwnToken() {
        ApiTokenSecret token =
                ApiTokenSecret.parse("sj_0123456789abcdef_" + "A".repeat(43)).orElseThrow();
        ApiTokenSecret other = ApiTokenSecret.parse("sj_0123456789abcdef_" + "A".repeat(42) + "B")
                .orElseThrow();

        // printf 'sj_0123456789abcdef_AAA…A' | sha256sum
        assertThat(token.hash()).isEqualTo("2032bd85c8bff36aac37496f76ce93717899704edf5bab72f1cd9f4c642ea070");
        assertThat(token.matches(token.hash())).isTrue();
        assertThat(other.matches(token.hash())).as("same id, another secret").isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.matches("zz")).isFalse();
        assertThat(token.matches("z".repeat(64))).as("not hex").isFalse();
    }

    @Test
    void theTextNeverShowsInToString() {
        ApiTokenSecret token = ApiTokenSecret.generate();

        assertThat(token.toString())
                .contains(token.id())
                .doesNotContain(token.text().substring(20));
        assertThat(new ApiTokens.Created(null, token.text()).toString()).doesNotContain(token.text());
    }

    @Test
    void aTokenIsActiveBeforeItsExpiryAndUntilItIsRevoked() {
        Instant expires = Instant.parse("2027-03-01T10:00:00Z");

        assertThat(ApiToken.stateAt(expires.minus(Duration.ofMillis(1)), expires, null))
                .isEqualTo(ApiToken.State.ACTIVE);
        assertThat(ApiToken.stateAt(expires, expires, null)).isEqualTo(ApiToken.State.EXPIRED);
        assertThat(ApiToken.stateAt(expires.plusSeconds(1), expires, null)).isEqualTo(ApiToken.State.EXPIRED);
        assertThat(ApiToken.stateAt(expires.minusSeconds(60), expires, expires.minusSeconds(120)))
                .isEqualTo(ApiToken.State.REVOKED);
    }
}
