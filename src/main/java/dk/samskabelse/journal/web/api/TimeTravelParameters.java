package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.project.TimeTravel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The asOf / knownAt query parameters, read in one place: an API handler takes a {@link TimeTravel} parameter and
 * gets them parsed (TimeTravelConfig registers this). A malformed one is a 400 naming the parameter.
 */
final class TimeTravelParameters implements HandlerMethodArgumentResolver {

    static final String AS_OF = "asOf";
    static final String KNOWN_AT = "knownAt";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TimeTravel.class;
    }

    @Override
    public TimeTravel resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return parse(value(request, AS_OF), value(request, KNOWN_AT));
    }

    static TimeTravel parse(String asOf, String knownAt) {
        return new TimeTravel(
                asOf == null || asOf.isBlank() ? null : date(asOf),
                knownAt == null || knownAt.isBlank() ? null : instant(knownAt));
    }

    /** As a String @RequestParam reads it: a repeated parameter's values joined with commas. */
    private static String value(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? null : String.join(",", values);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(AS_OF, "problem.field.date");
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidParameterException(KNOWN_AT, "problem.field.instant");
            }
        }
    }
}
