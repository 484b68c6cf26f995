package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.PrivacyScenario;
import dk.samskabelse.journal.support.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Host header is the client's choice and appears in no answer (review 2026-12-04, 5): neither in the redirect
 * to the login page, nor in a 201's Location, nor in the evaluation Markdown's evidence links, which use the
 * configured journal.base-url. Java's HttpClient will not send a Host of its own choosing, so these requests go
 * over a plain socket.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:host-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "journal.base-url=https://journal.example.dk/"
        })
class HostHeaderIT {

    private static final String EVIL = "evil.example";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    @Test
    void theRedirectToTheLoginPageDoesNotNameTheHostOfTheRequest() throws IOException {
        for (String path : new String[] {"/", "/projekter/ny", "/admin"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\nConnection: close\r\n\r\n");

            assertThat(answer)
                    .as(path)
                    .startsWith("HTTP/1.1 302")
                    .containsIgnoringCase("\r\nLocation: /login\r\n")
                    .doesNotContain(EVIL);
        }
    }

    @Test
    void theLocationOfANewProjectDoesNotNameTheHostOfTheRequest() throws IOException {
        TestUsers.projectLeader(port);
        String body = "{\"name\":\"Host\",\"municipality\":\"L\",\"area\":\"ANDET\",\"startedOn\":\"2020-01-01\"}";
        String basic = Base64.getEncoder()
                .encodeToString((TestUsers.LEADER + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String answer = raw("POST /api/projects HTTP/1.1\r\nHost: " + EVIL + "\r\nAuthorization: Basic " + basic
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);

        assertThat(answer)
                .startsWith("HTTP/1.1 201")
                .containsIgnoringCase("\r\nLocation: /api/projects/")
                .doesNotContain(EVIL);
    }

    @Test
    void theEvaluationMarkdownLinksToTheConfiguredAddress() throws IOException {
        String projectId = PrivacyScenario.create(TestUsers.projectLeader(port), "Evaluering host").projectId;
        // The evaluation is read from the projections, which follow the event store within moments.
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> processors.progress().toString())
                .isTrue();
        Browser browser = new Browser(port);
        browser.login(TestUsers.LEADER, TestUsers.PASSWORD);
        String session = browser.sessionId().orElseThrow();

        String answer = raw("GET /projekter/" + projectId + "/evaluering.md HTTP/1.1\r\nHost: " + EVIL
                + "\r\nCookie: JSESSIONID=" + session + "\r\nConnection: close\r\n\r\n");

        assertThat(answer)
                .startsWith("HTTP/1.1 200")
                .doesNotContain(EVIL)
                .contains("https://journal.example.dk/projekter/" + projectId);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
