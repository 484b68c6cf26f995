package dk.samskabelse.journal.query.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class ResearchPseudonymsTest {

    private static final String KEY = "a-test-key-of-at-least-thirty-two-characters";

    private static ResearchPseudonyms withKey(String key) {
        return new ResearchPseudonyms(new ResearchKey(null, null, Clock.systemUTC(), key));
    }

    @Test
    void an_actor_has_the_same_pseudonym_in_every_call_of_one_project() {
        ResearchPseudonyms pseudonyms = withKey(KEY);
        String first = pseudonyms.actor("project-1", "actor-1");

        assertThat(first).matches("A-[0-9a-f]{10}");
        assertThat(pseudonyms.actor("project-1", "actor-1")).isEqualTo(first);
        assertThat(withKey(KEY).actor("project-1", "actor-1"))
                .as("another instance, same key")
                .isEqualTo(first);
        assertThat(pseudonyms.forProject("project-1").actor("actor-1")).isEqualTo(first);
    }

    @Test
    void pseudonyms_differ_between_projects_so_exports_cannot_be_linked() {
        ResearchPseudonyms pseudonyms = withKey(KEY);

        assertThat(pseudonyms.actor("project-1", "actor-1")).isNotEqualTo(pseudonyms.actor("project-2", "actor-1"));
        assertThat(pseudonyms.user("project-1", "leder")).isNotEqualTo(pseudonyms.user("project-2", "leder"));
    }

    @Test
    void pseudonyms_differ_between_actors_and_do_not_contain_the_id() {
        ResearchPseudonyms pseudonyms = withKey(KEY);

        assertThat(pseudonyms.actor("project-1", "actor-1"))
                .isNotEqualTo(pseudonyms.actor("project-1", "actor-2"))
                .doesNotContain("actor-1");
    }

    @Test
    void without_the_key_the_pseudonyms_cannot_be_recomputed() {
        assertThat(withKey(KEY).actor("project-1", "actor-1"))
                .isNotEqualTo(withKey(KEY.replace('a', 'b')).actor("project-1", "actor-1"));
    }

    @Test
    void users_get_pseudonyms_of_their_own_kind() {
        ResearchPseudonyms pseudonyms = withKey(KEY);

        assertThat(pseudonyms.user("project-1", "leder")).matches("U-[0-9a-f]{10}");
        assertThat(pseudonyms.user("project-1", "x").substring(2))
                .isNotEqualTo(pseudonyms.actor("project-1", "x").substring(2));
        assertThat(pseudonyms.user("project-1", null)).isNull();
    }

    @Test
    void a_configured_key_must_be_long_enough() {
        assertThatThrownBy(() -> withKey("short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JOURNAL_PSEUDONYM_KEY");
    }
}
