package dk.samskabelse.journal.web.charts;

import java.util.Locale;

/** Numbers for SVG attributes: one decimal, a dot whatever the user's language. */
final class Svg {

    private Svg() {}

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
