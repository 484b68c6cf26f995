package dk.samskabelse.journal.security;

import dk.samskabelse.journal.JournalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A production journal (not in demo mode) refuses to start without an administrator and without
 * JOURNAL_ADMIN_PASSWORD, saying so in a short message; with the password it starts with the user "admin" and
 * no demo users. In demo mode the four demo users are created and printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupRefusalIT {

    @Test
    void withoutAnAdminPasswordAProductionJournalRefusesToStart(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("refusal", "--journal.demo=false", "--journal.admin-password="));

        assertThat(failure).isInstanceOf(AdminPasswordException.class);
        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(AdminPasswordException.MISSING);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains(AdminPasswordException.MISSING).contains(AdminPasswordFailureAnalyzer.ACTION);
    }

    @Test
    void withTheAdminPasswordTheAdminExistsAndNoDemoUser() {
        try (ConfigurableApplicationContext journal = start("with-password", "--journal.demo=false",
                "--journal.admin-password=ein-langes-passwort")) {
            UserAccounts accounts = journal.getBean(UserAccounts.class);
            assertThat(accounts.users()).extracting(UserAccounts.UserSummary::username).containsExactly("admin");
            assertThat(accounts.user("admin").orElseThrow().role()).isEqualTo(UserRole.ADMIN);
        }
    }

    @Test
    void aTooShortAdminPasswordIsRefused(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> start("short-password", "--journal.demo=false",
                "--journal.admin-password=kort"));

        assertThat(failure).isInstanceOf(AdminPasswordException.class)
                .hasMessageContaining("it is shorter than 12 characters");
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START");
    }

    @Test
    void demoModeCreatesTheFourDemoUsersAndPrintsThemOnce(CapturedOutput output) {
        try (ConfigurableApplicationContext journal = start("demo-users", "--journal.demo=true",
                "--journal.admin-password=")) {
            UserAccounts accounts = journal.getBean(UserAccounts.class);
            assertThat(accounts.users()).extracting(UserAccounts.UserSummary::username)
                    .containsExactly("admin", "chef", "forsker", "leder");
            assertThat(accounts.user("leder").orElseThrow().projects()).hasSize(6);
            assertThat(accounts.user("chef").orElseThrow().projects()).hasSize(6);
            assertThat(accounts.releasedForResearch()).hasSize(6);
            String printed = output.getAll();
            assertThat(printed).contains("leder    PROJEKTLEDER  password: samskabelse")
                    .contains("forsker  FORSKER       password: samskabelse");
            assertThat(printed.indexOf("Demo mode: sign in")).isEqualTo(printed.lastIndexOf("Demo mode: sign in"));
        }
    }

    private static ConfigurableApplicationContext start(String database, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:startup-" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new SpringApplicationBuilder(JournalApplication.class).run(all);
    }
}
