package dk.samskabelse.journal.web.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date typed into a page's GET form: ISO (what a date input sends, and the API's asOf) or the Danish short
 * form 1.2.2020 (what a person types where the browser has no date picker).
 */
final class PageDates {

    private static final DateTimeFormatter DANISH =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private PageDates() {}

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** Empty when the text is not a date in either form. */
    static Optional<LocalDate> parse(String value) {
        String text = value.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DANISH}) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // Try the next form.
            }
        }
        return Optional.empty();
    }
}
