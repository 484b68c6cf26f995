package dk.samskabelse.journal.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.query.typology.UnusableModelException;
import dk.samskabelse.journal.security.AccountException;
import dk.samskabelse.journal.security.ApiTokenNotAcceptedException;
import dk.samskabelse.journal.security.HiddenProjectException;
import dk.samskabelse.journal.security.InvalidApiTokenException;
import dk.samskabelse.journal.security.LoginThrottledException;
import dk.samskabelse.journal.support.DatabaseFailures;
import dk.samskabelse.journal.support.DatabaseProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as RFC 7807 problem JSON, with a stable "code" for scripts and a detail in the
 * caller's language (Accept-Language; Danish by default). Invalid input is 400 with one entry per field, missing
 * or wrong credentials 401 (429 while logins are locked), a forbidden entry 403, an unknown project or actor 404
 * (and so is a project the caller may not read), a refused command or a write conflict is 409, a body over the
 * size limit 413 (RequestSizeLimit), an unreachable database 503. The security filters' refusals come here too
 * (security/SecurityAnswers). Nothing internal (stack traces, SQL, class names) is ever part of an answer. It is
 * global so that errors raised before a controller is chosen (wrong content type, unknown path) are problem JSON
 * too, except for a browser asking for a page outside /api/: that gets the web journal's HTML error page (the
 * pages' own errors never come here, see web.PageAdvice).
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final String TYPE_BASE = "https://samskabelsesjournal.dk/problems/";
    private static final int RETRY_AFTER_SECONDS = 5;

    record FieldProblem(String field, String code, String message) {}

    private final MessageSource messages;
    private final DatabaseProbe database;

    ApiProblemHandler(MessageSource messages, DatabaseProbe database) {
        this.messages = messages;
        this.database = database;
        setMessageSource(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getCode(), messages.getMessage(error, locale)))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "INVALID_REQUEST", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof RequestSizeLimit.BodyTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(path(unknown), "UNKNOWN_FIELD", "problem.field.unknown");
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> target = invalid.getTargetType();
            if (target.isEnum()) {
                String allowed = String.join(
                        ", ",
                        Arrays.stream(target.getEnumConstants())
                                .map(Object::toString)
                                .toList());
                return fieldProblem(path(invalid), "UNKNOWN_VALUE", "problem.field.enum", allowed);
            }
            if (target == LocalDate.class) {
                return fieldProblem(path(invalid), "INVALID_DATE", "problem.field.date");
            }
            if (target == OffsetDateTime.class) {
                return fieldProblem(path(invalid), "INVALID_TIME", "problem.field.instant");
            }
            return fieldProblem(path(invalid), "INVALID_VALUE", "problem.field.type");
        }
        if (cause instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            Class<?> target = mismatched.getTargetType();
            if (target == LocalDate.class) {
                return fieldProblem(path(mismatched), "INVALID_DATE", "problem.field.date");
            }
            if (target != null && target.isEnum()) {
                String allowed = String.join(
                        ", ",
                        Arrays.stream(target.getEnumConstants())
                                .map(Object::toString)
                                .toList());
                return fieldProblem(path(mismatched), "UNKNOWN_VALUE", "problem.field.enum", allowed);
            }
            return fieldProblem(path(mismatched), "INVALID_VALUE", "problem.field.type");
        }
        if (cause instanceof JsonProcessingException) {
            return problem(
                    HttpStatus.BAD_REQUEST, "malformed-json", "MALFORMED_JSON", message("problem.json.malformed"));
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", "BODY_MISSING", message("problem.body.missing"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpServletResponse response = request instanceof ServletWebRequest servlet ? servlet.getResponse() : null;
        if (response != null && isPageRequest(((ServletWebRequest) request).getRequest())) {
            try {
                // The servlet container forwards to /error, which renders the HTML error page.
                response.sendError(statusCode.value());
                return null;
            } catch (IOException e) {
                log.debug("Could not send the error page", e);
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** A browser (it asks for HTML) on an address outside the JSON API. */
    private static boolean isPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !path.startsWith("/api/") && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    @ExceptionHandler(RequestSizeLimit.BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestSizeLimit.BodyTooLargeException ex) {
        return problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "too-large",
                "REQUEST_TOO_LARGE",
                message("problem.too-large", ex.limitBytes() / 1024));
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> invalidParameter(InvalidParameterException ex) {
        return fieldProblem(ex.parameter(), "INVALID_PARAMETER", ex.messageKey());
    }

    /** A model file of projections/ that is broken or links out of the directory: named, its content never shown. */
    @ExceptionHandler(UnusableModelException.class)
    ResponseEntity<Object> unusableModel(UnusableModelException ex) {
        return fieldProblem("model", "MODEL_UNUSABLE", "problem.model.unusable", ex.fileName());
    }

    @ExceptionHandler(JournalRejection.class)
    ResponseEntity<Object> rejected(JournalRejection rejection) {
        String code = rejection.reason().name();
        Object[] arguments =
                rejection.arguments().stream().map(Object::toString).toArray();
        if (rejection.reason() == RejectionReason.CONTRADICTS_LATER_ENTRY && arguments.length > 2) {
            // The later entry's kind (its event type) in the caller's language: "Rolleskift", not "RoleShifted".
            arguments[2] = messages.getMessage(
                    "entry.type." + arguments[2], null, (String) arguments[2], LocaleContextHolder.getLocale());
        }
        String detail = messages.getMessage(
                "rejection." + code, arguments, rejection.getMessage(), LocaleContextHolder.getLocale());
        return switch (rejection.reason().kind()) {
            case INVALID ->
                problem(
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        code,
                        List.of(new FieldProblem(rejection.field(), code, detail)));
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "not-found", code, detail);
            case CONFLICT -> problem(HttpStatus.CONFLICT, "rejected", code, detail);
        };
    }

    @ExceptionHandler({AggregateNotFoundException.class})
    ResponseEntity<Object> unknownProject() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "UNKNOWN_PROJECT", message("problem.project.unknown"));
    }

    @ExceptionHandler(UnknownResourceException.class)
    ResponseEntity<Object> unknownResource(UnknownResourceException ex) {
        return switch (ex.what()) {
            case PROJECT -> unknownProject();
            case ACTOR -> problem(HttpStatus.NOT_FOUND, "not-found", "UNKNOWN_ACTOR", message("problem.actor.unknown"));
            case TOKEN -> problem(HttpStatus.NOT_FOUND, "not-found", "UNKNOWN_TOKEN", message("problem.token.unknown"));
        };
    }

    /**
     * A command that did not finish within axon.timeout.transaction.command-bus (it waited too long for its
     * project, which other writes held, or for the database) was interrupted and rolled back: the journal is
     * overloaded, not broken, so 503 with Retry-After like an unreachable database.
     */
    @ExceptionHandler(AxonTimeoutException.class)
    ResponseEntity<Object> tooBusy(AxonTimeoutException ex) {
        log.warn("Command timed out, answered 503: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(baseProblem(
                        HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "JOURNAL_BUSY", message("problem.busy")));
    }

    /**
     * A project's id is made by the journal, or derived from the client's Idempotency-Key, whose resend the
     * controller answers with the project it started; so this only means another project holds the id.
     */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<Object> projectExists() {
        return problem(
                HttpStatus.CONFLICT,
                "rejected",
                RejectionReason.PROJECT_ALREADY_EXISTS.name(),
                message("rejection." + RejectionReason.PROJECT_ALREADY_EXISTS.name()));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> conflict(ConcurrencyException ex) {
        log.info("Write conflict answered 409: {}", ex.getMessage());
        return problem(HttpStatus.CONFLICT, "write-conflict", "WRITE_CONFLICT", message("problem.conflict"));
    }

    /**
     * Missing or wrong credentials (the security filters send the WWW-Authenticate challenge with it). A user
     * store that cannot be read (the database is down) is no failed sign-in: that is 503 like every other request
     * then.
     */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
        if (ex instanceof InternalAuthenticationServiceException) {
            // The user store could not be read: an error of the journal (503 or 500), not a failed sign-in.
            return unexpected(ex);
        }
        if (ex instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(baseProblem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "login-throttled",
                            "LOGIN_THROTTLED",
                            message("problem.login.throttled")));
        }
        if (ex instanceof InvalidApiTokenException) {
            // One answer for an unknown, wrong, revoked or expired token and a disabled owner: nothing leaks.
            return problem(
                    HttpStatus.UNAUTHORIZED, "unauthenticated", "INVALID_TOKEN", message("problem.token.invalid"));
        }
        return problem(
                HttpStatus.UNAUTHORIZED, "unauthenticated", "UNAUTHENTICATED", message("problem.unauthenticated"));
    }

    /** Tokens and passwords are managed with the password (or the session), never with a token. */
    @ExceptionHandler(ApiTokenNotAcceptedException.class)
    ResponseEntity<Object> tokenNotAccepted() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "TOKEN_NOT_ACCEPTED", message("problem.token.notAccepted"));
    }

    /** A project the caller may not read is answered exactly like one that does not exist. */
    @ExceptionHandler(HiddenProjectException.class)
    ResponseEntity<Object> hiddenProject() {
        return unknownProject();
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden() {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "FORBIDDEN", message("problem.forbidden"));
    }

    @ExceptionHandler(AccountException.class)
    ResponseEntity<Object> account(AccountException ex) {
        AccountException.Problem refused = ex.problem();
        return switch (refused) {
            case UNKNOWN_USER ->
                problem(HttpStatus.NOT_FOUND, "not-found", refused.name(), message(refused.messageKey()));
            case USERNAME_TAKEN, LAST_ADMIN, DEMO_PASSWORD ->
                problem(HttpStatus.CONFLICT, "rejected", refused.name(), message(refused.messageKey()));
            case USERNAME_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_WEAK ->
                problem(
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        "INVALID_REQUEST",
                        List.of(new FieldProblem(refused.field(), refused.name(), message(refused.messageKey()))));
        };
    }

    /**
     * The database cannot be reached (stopped, restarting, pool exhausted) or the request lost a lock conflict (a
     * deadlock, a serialization failure, a lock timeout; DatabaseFailures.isTransient), or any failure while the
     * database does not answer (DatabaseProbe: a broken connection is not always named in the failure): 503 with Retry-After, never
     * a 500 or half an answer. A write answered 503 may or may not have been stored; the client resends it with the same
     * Idempotency-Key, which stores it at most once.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        if (DatabaseFailures.isTransient(ex)) {
            return unavailable(ex);
        }
        if (!database.answers()) {
            log.warn("A failure the journal does not recognise, while the database does not answer: answered 503", ex);
            return unavailable(ex);
        }
        log.error("Unexpected error in the journal API", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "INTERNAL_ERROR", message("problem.internal"));
    }

    private ResponseEntity<Object> unavailable(Exception ex) {
        log.warn("Database unavailable, answered 503: {}", ex.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(baseProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "unavailable",
                        "DATABASE_UNAVAILABLE",
                        message("problem.unavailable")));
    }

    private ResponseEntity<Object> fieldProblem(String field, String code, String key, Object... args) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "INVALID_REQUEST",
                List.of(new FieldProblem(field, code, message(key, args))));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String code, List<FieldProblem> errors) {
        ProblemDetail body = baseProblem(status, type, code, message("problem.invalid"));
        body.setProperty("errors", errors);
        return ResponseEntity.status(status).body(body);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String code, String detail) {
        return ResponseEntity.status(status).body(baseProblem(status, type, code, detail));
    }

    private ProblemDetail baseProblem(HttpStatus status, String type, String code, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + type));
        body.setTitle(message("problem.title." + type));
        body.setProperty("code", code);
        return body;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
