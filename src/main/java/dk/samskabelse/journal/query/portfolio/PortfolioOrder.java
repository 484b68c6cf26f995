package dk.samskabelse.journal.query.portfolio;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The orders the portfolio can be sorted in (`?sort=` on the page and the API): a key, descending with a leading
 * "-". Ties keep the name order, so a sorted portfolio is always the same.
 */
public record PortfolioOrder(Key key, boolean descending) {

    public static final PortfolioOrder DEFAULT = new PortfolioOrder(Key.NAME, false);

    /** What to sort by, with its parameter value and the direction a first click sorts in. */
    public enum Key {
        NAME("name", false, Comparator.comparing(PortfolioEntry::name, String.CASE_INSENSITIVE_ORDER)),
        DRIFT_DAYS("driftDays", true, Comparator.comparingLong(e -> drift(e).daysApart())),
        LONGEST_DRIFT(
                "longestDrift",
                true,
                Comparator.comparingLong(
                        e -> drift(e).longest() == null ? 0 : drift(e).longest().days())),
        // The column shows the drift flag (today, or at closing), so it sorts by it.
        DRIFT_NOW("driftNow", true, Comparator.comparing(PortfolioEntry::drift));

        private final String parameter;
        private final boolean descendingFirst;
        private final Comparator<PortfolioEntry> comparator;

        Key(String parameter, boolean descendingFirst, Comparator<PortfolioEntry> comparator) {
            this.parameter = parameter;
            this.descendingFirst = descendingFirst;
            this.comparator = comparator;
        }

        public String parameter() {
            return parameter;
        }

        public boolean descendingFirst() {
            return descendingFirst;
        }
    }

    /** The order a parameter names; empty for an unknown one. Blank or missing: the default, by name. */
    public static Optional<PortfolioOrder> parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return Optional.of(DEFAULT);
        }
        boolean descending = sort.startsWith("-");
        String name = (descending ? sort.substring(1) : sort).toLowerCase(Locale.ROOT);
        return Arrays.stream(Key.values())
                .filter(key -> key.parameter.toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .map(key -> new PortfolioOrder(key, descending));
    }

    /** The parameter value of this order. */
    public String parameter() {
        return (descending ? "-" : "") + key.parameter;
    }

    /** The order a column header's link asks for: the other direction if sorted by it, else its first direction. */
    public PortfolioOrder next(Key column) {
        return column == key
                ? new PortfolioOrder(key, !descending)
                : new PortfolioOrder(column, column.descendingFirst);
    }

    public Comparator<PortfolioEntry> comparator() {
        Comparator<PortfolioEntry> byKey = descending ? key.comparator.reversed() : key.comparator;
        return byKey.thenComparing(Key.NAME.comparator).thenComparing(PortfolioEntry::projectId);
    }

    private static DriftHistory drift(PortfolioEntry entry) {
        return entry.driftHistory() == null ? DriftHistory.NONE : entry.driftHistory();
    }
}
