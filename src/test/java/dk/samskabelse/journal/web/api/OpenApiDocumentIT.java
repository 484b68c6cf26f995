package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The served OpenAPI document tells a client how to sign in and which problem JSON each operation may answer. It
 * is written to target/openapi/openapi.json, which CI lints with Redocly's recommended rules (.ci/run).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:openapi-document;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentIT {

    static final Path WRITTEN = Path.of("target", "openapi", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "#/components/schemas/Problem";

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeAll
    void fetchAndWrite() throws Exception {
        JsonHttp.Response answer = TestUsers.admin(port).get("/v3/api-docs");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        document = answer.json();
        Files.createDirectories(WRITTEN.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(WRITTEN.toFile(), document);
    }

    @Test
    void declaresHowToSignInAndAsksForItEverywhere() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("password").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("apiToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("in").asText()).isEqualTo("cookie");
        assertThat(document.path("security").toString()).isEqualTo("[{\"password\":[]},{\"apiToken\":[]}]");
    }

    @Test
    void tokensWhereTheyAreAcceptedAndTheSessionOnReads() {
        JsonNode paths = document.path("paths");
        assertThat(paths.path("/api/tokens").path("post").path("security").toString())
                .isEqualTo("[{\"password\":[]}]");
        assertThat(paths.path("/api/admin/users/{username}/password")
                        .path("put")
                        .path("security")
                        .toString())
                .isEqualTo("[{\"password\":[]}]");
        assertThat(paths.path("/api/tokens").path("get").path("security").toString())
                .isEqualTo("[{\"password\":[]},{\"session\":[]}]");
        assertThat(paths.path("/api/projects").path("get").path("security").toString())
                .isEqualTo("[{\"password\":[]},{\"apiToken\":[]},{\"session\":[]}]");
        assertThat(paths.path("/api/projects").path("post").has("security"))
                .as("the document's own: password or token")
                .isFalse();
    }

    @Test
    void everyOperationNamesItsProblemAnswers() {
        List<String> without = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                JsonNode responses = operation.getValue().path("responses");
                for (String status : List.of("400", "401", "403", "500")) {
                    if (!isProblem(responses.path(status))) {
                        without.add(operation.getKey() + " " + path.getKey() + " " + status);
                    }
                }
                if (path.getKey().contains("{") && !isProblem(responses.path("404"))) {
                    without.add(operation.getKey() + " " + path.getKey() + " 404");
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(without).isEmpty();
    }

    @Test
    void theProblemSchemaHasTheFieldsTheApiWrites() {
        JsonNode properties =
                document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(properties.has("type")).isTrue();
        assertThat(properties.has("title")).isTrue();
        assertThat(properties.has("status")).isTrue();
        assertThat(properties.has("detail")).isTrue();
        assertThat(properties.has("instance")).isTrue();
        assertThat(properties.has("code")).isTrue();
        assertThat(properties.path("errors").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/FieldProblem");
        JsonNode field =
                document.path("components").path("schemas").path("FieldProblem").path("properties");
        assertThat(field.has("field")).isTrue();
        assertThat(field.has("code")).isTrue();
        assertThat(field.has("message")).isTrue();
    }

    @Test
    void operationIdsAreNamesNotNumberedCopies() {
        List<String> numbered = new ArrayList<>();
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                String id = operation.path("operationId").asText();
                if (id.matches(".*_\\d+")) {
                    numbered.add(id);
                }
            }
        }
        assertThat(numbered).isEmpty();
    }

    @Test
    void writesAnswerTypedIds() {
        JsonNode start =
                document.path("paths").path("/api/projects").path("post").path("responses");
        JsonNode success = start.properties().stream()
                .filter(answer -> answer.getKey().startsWith("2"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .path("content");
        assertThat(success.path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/StartedProject");
        assertThat(success.has("application/problem+json"))
                .as("only errors are problem JSON")
                .isFalse();
    }

    /** A response, itself or by reference, whose problem JSON is the Problem schema. */
    private boolean isProblem(JsonNode response) {
        JsonNode resolved = response;
        if (response.has("$ref")) {
            String name = response.path("$ref").asText().replace("#/components/responses/", "");
            resolved = document.path("components").path("responses").path(name);
        }
        return resolved.path("content")
                .path("application/problem+json")
                .path("schema")
                .path("$ref")
                .asText()
                .equals(PROBLEM);
    }
}
