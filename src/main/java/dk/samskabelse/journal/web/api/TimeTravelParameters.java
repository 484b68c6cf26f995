package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.project.TimeTravel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parses the asOf / knownAt query parameters; a malformed one is a 400 naming the parameter. */
final class TimeTravelParameters {

    private TimeTravelParameters() {
    }

    static TimeTravel parse(String asOf, String knownAt) {
        return new TimeTravel(asOf == null || asOf.isBlank() ? null : date(asOf),
                knownAt == null || knownAt.isBlank() ? null : instant(knownAt));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("asOf", "problem.field.date");
        }
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidParameterException("knownAt", "problem.field.instant");
            }
        }
    }
}
