package dk.samskabelse.journal.command;

import java.util.List;

/** How commands' free texts and lists are cleaned before they go into an event: blank is absent, null is empty. */
final class Texts {

    private Texts() {}

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }

    static List<String> stripAll(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> !isBlank(v)).map(String::strip).toList();
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
