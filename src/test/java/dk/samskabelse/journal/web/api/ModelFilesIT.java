package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Broken and symlinked model files in projections/ (review 2026-12-04, 3e) are answered 400 naming the file, on
 * the API and on the replay page, never 500, and their content reaches neither the answer nor the log.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:model-files-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@ExtendWith(OutputCaptureExtension.class)
class ModelFilesIT {

    private static final String SECRET = "ZZMODELSECRET:x:0:0:root:/root:/bin/bash";
    private static final Path TEMP = temp();

    @DynamicPropertySource
    static void projections(DynamicPropertyRegistry registry) throws IOException {
        Path projections = Files.createDirectories(TEMP.resolve("projections"));
        Files.copy(Path.of("projections", "typology-model.yaml"), projections.resolve("good.yaml"));
        Path outside = Files.writeString(TEMP.resolve("passwd"), SECRET + "\n");
        Files.createSymbolicLink(projections.resolve("link.yaml"), outside);
        Files.writeString(projections.resolve("broken.yaml"), "model: '" + SECRET + "'\n");
        registry.add("journal.projection-dir", projections::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    @Test
    void brokenOrOutsideModelFilesAreA400NamingTheFile(CapturedOutput output) {
        JsonHttp leader = TestUsers.projectLeader(port);
        String projectId = new JournalApi(leader).startProject("Modelfiler", "2020-01-01");
        // The views are read from the projections, which follow the event store within moments.
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> processors.progress().toString())
                .isTrue();

        assertThat(leader.get("/api/projects/" + projectId + "/typology?model=good")
                        .status())
                .isEqualTo(200);
        for (String model : new String[] {"link", "broken"}) {
            JsonHttp.Response answer = leader.get("/api/projects/" + projectId + "/typology?model=" + model);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonNode error = answer.json().path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("model");
            assertThat(error.path("code").asText()).isEqualTo("MODEL_UNUSABLE");
            assertThat(error.path("message").asText()).contains(model + ".yaml");
            assertThat(answer.body()).doesNotContain("ZZMODELSECRET");

            Browser browser = new Browser(port);
            browser.login(TestUsers.LEADER, TestUsers.PASSWORD);
            HttpResponse<String> page = browser.get("/projekter/" + projectId + "/genafspilning?model=" + model);
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("Modelfilen " + model + ".yaml").doesNotContain("ZZMODELSECRET");
        }
        assertThat(leader.get("/api/projects/" + projectId + "/typology?model=unknown")
                        .status())
                .isEqualTo(400);
        assertThat(output.getAll()).contains("link.yaml", "broken.yaml").doesNotContain("ZZMODELSECRET");
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("model-files-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
