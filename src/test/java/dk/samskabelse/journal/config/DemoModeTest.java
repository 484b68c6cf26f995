package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoModeTest {

    private static final String EMBEDDED = "jdbc:h2:file:./data/journal;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://localhost:5432/journal";

    @Test
    void unsetFollowsTheDatabase() {
        assertThat(new DemoMode("", EMBEDDED).enabled()).isTrue();
        assertThat(new DemoMode(null, "jdbc:h2:mem:test").enabled()).isTrue();
        assertThat(new DemoMode("", POSTGRES).enabled()).isFalse();
        // An H2 server is a shared database, not the embedded zero-setup one.
        assertThat(new DemoMode("", "jdbc:h2:tcp://localhost/journal").enabled())
                .isFalse();
        assertThat(new DemoMode(" ", "").enabled()).isFalse();
    }

    @Test
    void anExplicitValueDecides() {
        assertThat(new DemoMode("true", POSTGRES).enabled()).isTrue();
        assertThat(new DemoMode("TRUE", POSTGRES).enabled()).isTrue();
        assertThat(new DemoMode("false", EMBEDDED).enabled()).isFalse();
    }

    @Test
    void anythingElseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DemoMode("yes", EMBEDDED))
                .hasMessageContaining("journal.demo")
                .hasMessageContaining("'yes'");
    }
}
