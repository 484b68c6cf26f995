package dk.samskabelse.journal.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.function.Predicate;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The problem JSON of ApiProblemHandler in the OpenAPI document: its schema and, on each operation, the error
 * answers it can give there, so that a generated client knows them. What each status means is ApiProblemHandler's
 * to decide; this only names it.
 */
@Component
class ApiDocumentAnswers implements OpenApiCustomizer {

    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    /** An error answer, named once under components/responses, and on which operations it can come. */
    private record Answer(
            String status, String name, String description, boolean retryAfter, Predicate<Where> appliesTo) {}

    /** One operation of the document. */
    private record Where(String path, PathItem.HttpMethod method, Operation operation) {

        boolean namesAResource() {
            return path.contains("{");
        }

        boolean writes() {
            return method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        }

        /** The size limit and the content type are checked on a request body. */
        boolean takesABody() {
            return operation.getRequestBody() != null;
        }
    }

    private static final List<Answer> ANSWERS = List.of(
            new Answer(
                    "400",
                    "BadRequest",
                    "Invalid input: a field or parameter (one entry per field in errors), "
                            + "malformed JSON or a command the journal rejects as invalid",
                    false,
                    where -> true),
            new Answer(
                    "401",
                    "Unauthenticated",
                    "Missing or wrong credentials (UNAUTHENTICATED, INVALID_TOKEN); "
                            + "sent with a WWW-Authenticate challenge",
                    false,
                    where -> true),
            new Answer(
                    "403",
                    "Forbidden",
                    "The caller may not do this (FORBIDDEN), or a token where only the "
                            + "password is accepted (TOKEN_NOT_ACCEPTED)",
                    false,
                    where -> true),
            new Answer(
                    "404",
                    "NotFound",
                    "An unknown project, actor, user or token; a project the caller may not "
                            + "read is answered the same",
                    false,
                    Where::namesAResource),
            new Answer(
                    "409",
                    "Conflict",
                    "The journal refuses the change (the code names why) or another write "
                            + "came first (WRITE_CONFLICT)",
                    false,
                    Where::writes),
            new Answer(
                    "413", "TooLarge", "The body is over the size limit (REQUEST_TOO_LARGE)", false, Where::takesABody),
            new Answer("415", "UnsupportedMediaType", "The body is not application/json", false, Where::takesABody),
            new Answer(
                    "429",
                    "TooManyRequests",
                    "Sign-ins for this user are locked for a while (LOGIN_THROTTLED)",
                    true,
                    where -> true),
            new Answer(
                    "500",
                    "InternalError",
                    "An error of the journal (INTERNAL_ERROR); nothing internal is shown",
                    false,
                    where -> true),
            new Answer(
                    "503",
                    "Unavailable",
                    "The database does not answer or the journal is busy "
                            + "(DATABASE_UNAVAILABLE, JOURNAL_BUSY); a write may be resent with the same Idempotency-Key",
                    true,
                    where -> true));

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas("FieldProblem", fieldProblem()).addSchemas("Problem", problem());
        ANSWERS.forEach(answer -> api.getComponents().addResponses(answer.name(), response(answer)));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    ApiResponses responses =
                            operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
                    operation.setResponses(responses);
                    successIsNeverProblemJson(responses);
                    Where where = new Where(path, method, operation);
                    for (Answer answer : ANSWERS) {
                        if (answer.appliesTo().test(where) && !responses.containsKey(answer.status())) {
                            responses.addApiResponse(
                                    answer.status(), new ApiResponse().$ref(RESPONSES + answer.name()));
                        }
                    }
                }));
    }

    /** Controllers that produce problem JSON too list it on their success answer; only errors are problem JSON. */
    private static void successIsNeverProblemJson(ApiResponses responses) {
        responses.forEach((status, response) -> {
            Content content = response.getContent();
            if (status.startsWith("2") && content != null && content.size() > 1) {
                content.remove(PROBLEM_JSON);
            }
        });
    }

    private static ApiResponse response(Answer answer) {
        ApiResponse response = new ApiResponse()
                .description(answer.description())
                .content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(SCHEMAS + "Problem"))));
        if (answer.retryAfter()) {
            response.addHeaderObject(
                    "Retry-After",
                    new Header()
                            .description("Seconds to wait before trying again")
                            .schema(new IntegerSchema()));
        }
        return response;
    }

    /** RFC 7807 problem details as ApiProblemHandler writes them, with its stable code and field errors. */
    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 7807 problem details; detail in the caller's language (Accept-Language)")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .example("https://samskabelsesjournal.dk/problems/invalid-request"))
                .addProperty("title", new StringSchema().example("Invalid request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri").description("The address that was called"))
                .addProperty(
                        "code",
                        new StringSchema()
                                .description("Stable for scripts, e.g. INVALID_REQUEST, "
                                        + "UNKNOWN_PROJECT, WRITE_CONFLICT, or the journal's rejection reason; absent only on "
                                        + "the web framework's own answers (415)"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .description("One entry per invalid field (400 only)")
                                .items(new Schema<>().$ref(SCHEMAS + "FieldProblem")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("What is wrong with one field or parameter")
                .addProperty("field", new StringSchema().example("name"))
                .addProperty("code", new StringSchema().example("NotBlank"))
                .addProperty("message", new StringSchema())
                .required(List.of("field", "code", "message"));
    }
}
