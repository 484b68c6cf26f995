package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.samskabelse.journal.support.DatabaseProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A failure that does not name the database (the driver or a framework lost the cause) is answered 503 when the
 * database does not answer right after it, and 500 when it does (DatabaseRestartIT saw such a 500 while the
 * database was being stopped).
 */
class UnrecognisedFailureAnswerTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aFailureWhileTheDatabaseDoesNotAnswerIs503() throws SQLException {
        DataSource down = mock(DataSource.class);
        when(down.getConnection()).thenThrow(new SQLException("Connection is not available, request timed out"));
        ResponseEntity<Object> answer = handler(down).unexpected(new IllegalStateException("Transaction rolled back"));
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
    }

    @Test
    void aFailureWhileTheDatabaseAnswersIs500() throws SQLException {
        DataSource up = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(up.getConnection()).thenReturn(connection);
        when(connection.isValid(org.mockito.ArgumentMatchers.anyInt())).thenReturn(true);
        ResponseEntity<Object> answer = handler(up).unexpected(new IllegalStateException("a bug"));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "INTERNAL_ERROR");
    }

    private static ApiProblemHandler handler(DataSource dataSource) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        return new ApiProblemHandler(messages, new DatabaseProbe(dataSource));
    }
}
