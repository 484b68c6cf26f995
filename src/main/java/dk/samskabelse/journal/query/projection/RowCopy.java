package dk.samskabelse.journal.query.projection;

import java.util.List;

/**
 * How the offline rebuild writes the rows of one type with PostgreSQL's COPY instead of one INSERT each: the
 * table, its columns, and a row's values in that order, each as the JPA mapping stores it (strings as written,
 * numbers, LocalDate, Instant; null for SQL NULL). Declared by the feature that owns the row type, for its
 * large tables only (a timeline entry per event, an engagement per meeting); every other row is inserted.
 * PostgresRebuildEqualityIT holds the copied rows equal to the projected ones.
 */
public interface RowCopy<T extends ProjectRow> {

    Class<T> type();

    String table();

    List<String> columns();

    Object[] values(T row);
}
