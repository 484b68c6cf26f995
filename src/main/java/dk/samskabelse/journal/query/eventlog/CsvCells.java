package dk.samskabelse.journal.query.eventlog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where the journal turns values into CSV cells (RFC 4180, "," and "\n"), neutralising spreadsheet
 * formulas after the OWASP "CSV Injection" rule: a text cell beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (or the full-width {@code ＝ ＋ － ＠}, which some spreadsheets read as
 * their ASCII forms) gets a leading apostrophe and is quoted, so a spreadsheet shows it as text instead of
 * evaluating it. The apostrophe is visible to R or pandas; strip a leading {@code '} before such a cell's
 * {@code = + - @} when the exact text matters.
 * <p>
 * Numbers ({@link Number} values the journal writes itself: sequence numbers, openness and centrality, which can
 * be negative) are written as they are, so numeric columns stay numeric; everything else, dates, ids and
 * enumerations included, goes through the text rule.
 */
public final class CsvCells {

    private CsvCells() {}

    /** One line of cells, without its line break. */
    public static String line(List<?> values) {
        return values.stream().map(CsvCells::cell).collect(Collectors.joining(","));
    }

    /** One cell: a number as it is, null as empty, any other value as neutralised and, where needed, quoted text. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        String text = value.toString();
        if (isFormula(text)) {
            return quoted("'" + text);
        }
        return needsQuotes(text) ? quoted(text) : text;
    }

    /** True when a spreadsheet could read the text as a formula. */
    public static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
