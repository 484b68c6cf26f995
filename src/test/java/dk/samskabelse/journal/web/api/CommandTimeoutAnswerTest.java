package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Sixteen writers on one project found this: a command that waited past the command time limit for its
 * project was answered 500 "unexpected error", though it was rolled back because the journal was overloaded.
 */
class CommandTimeoutAnswerTest {

    @Test
    void aCommandInterruptedByTheTimeLimitIs503WithRetryAfter() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            ResponseEntity<Object> answer = new ApiProblemHandler(
                            messages, new dk.samskabelse.journal.support.DatabaseProbe(null))
                    .tooBusy(new AxonTimeoutException("UnitOfWork of SimpleCommandBus has timed out."));
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            ProblemDetail problem = (ProblemDetail) answer.getBody();
            assertThat(problem.getProperties()).containsEntry("code", "JOURNAL_BUSY");
            assertThat(problem.getDetail()).contains("too busy").doesNotContain("UnitOfWork");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
