package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database failing while the security filters check project access (before any controller runs) is
 * answered like a failure inside a controller: 503 problem JSON for the API, the 503 page in the web journal,
 * never the servlet container's 500.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:database-unavailable;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class DatabaseUnavailableIT {

    @LocalServerPort
    int port;

    @MockitoSpyBean
    ProjectAccess access;

    String project;

    @BeforeEach
    void aProjectWhoseAccessCheckMeetsADeadDatabase() {
        project = new JournalApi(TestUsers.projectLeader(port)).startProject("Nede", "2020-01-01");
        // What the connection pool throws when no connection can be had (the database is stopped).
        doThrow(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
                .when(access)
                .canRead(any(), eq(project));
    }

    @Test
    void theApiAnswers503ProblemJson() {
        JsonHttp.Response answer = TestUsers.projectLeader(port).get("/api/projects/" + project + "/timeline");

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text("code")).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("Hikari");
    }

    @Test
    void theWebJournalShowsTheUnavailablePage() {
        Browser browser = new Browser(port);
        assertThat(browser.login(TestUsers.LEADER, TestUsers.PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> page = browser.get("/projekter/" + project);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Databasen kan ikke nås lige nu").doesNotContain("Exception");
    }
}
