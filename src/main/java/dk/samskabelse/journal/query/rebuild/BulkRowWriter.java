package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.projection.DatabaseKind;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.RowCopy;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Writes freshly computed projection rows in one transaction of their own. On PostgreSQL the large tables
 * (those with a {@link RowCopy}) go in by COPY, the database's bulk path, one COPY per table and project; every
 * other row through Hibernate's stateless session: no persistence context, so no copy of each row kept for
 * dirty checking and no dirty check at flush, the inserts sent in JDBC batches. Only for rows nothing else is
 * writing: the offline rebuild, with the processors stopped.
 */
@Component
class BulkRowWriter {

    private final SessionFactory sessionFactory;
    private final int batchSize;
    /** Characters of CSV sent to COPY at a time. */
    private static final int COPY_CHUNK = 1 << 16;

    private final boolean copy;
    private final Map<Class<?>, RowCopy<?>> copies;

    BulkRowWriter(
            EntityManagerFactory entityManagerFactory,
            DatabaseKind database,
            List<RowCopy<?>> copies,
            RebuildProperties settings) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.batchSize = settings.rebuild().batchSize();
        this.copy = settings.rebuild().copy() && database.postgres();
        this.copies = copies.stream().collect(Collectors.toMap(RowCopy::type, Function.identity()));
    }

    /** Inserts the rows and commits; nothing is written if any insert fails. */
    long insert(Collection<? extends ProjectRow> rows) {
        Map<RowCopy<?>, List<ProjectRow>> copied = new LinkedHashMap<>();
        List<ProjectRow> inserted = new ArrayList<>();
        for (ProjectRow row : rows) {
            RowCopy<?> rowCopy = copy ? copies.get(row.getClass()) : null;
            if (rowCopy != null) {
                copied.computeIfAbsent(rowCopy, c -> new ArrayList<>()).add(row);
            } else {
                inserted.add(row);
            }
        }
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            // Hibernate batches a stateless session's inserts only inside a transaction it began itself.
            session.setJdbcBatchSize(batchSize);
            Transaction transaction = session.beginTransaction();
            try {
                copied.forEach((rowCopy, table) -> session.doWork(connection -> copy(connection, rowCopy, table)));
                inserted.forEach(session::insert);
                transaction.commit();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
        return rows.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(Connection connection, RowCopy rowCopy, List<ProjectRow> rows) throws SQLException {
        String sql = "COPY " + rowCopy.table() + " (" + String.join(", ", rowCopy.columns()) + ") FROM STDIN "
                + "(FORMAT csv)";
        // Sent in chunks as the rows are written, not as one string of the project's whole table: a large
        // project's table is tens of megabytes, and building it at once cost the rebuild its heap (bench W2).
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder csv = new StringBuilder(COPY_CHUNK + 4096);
            for (ProjectRow row : rows) {
                Object[] values = rowCopy.values(row);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    appendCsv(csv, values[i]);
                }
                csv.append('\n');
                if (csv.length() >= COPY_CHUNK) {
                    send(in, csv);
                }
            }
            send(in, csv);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void send(CopyIn in, StringBuilder csv) throws SQLException {
        if (csv.isEmpty()) {
            return;
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        csv.setLength(0);
    }

    /**
     * One value in COPY's CSV format: NULL is nothing at all, every other value is quoted (quotes doubled), so
     * that an empty string stays an empty string and no text can be taken for NULL; dates and instants in
     * ISO 8601, which PostgreSQL reads for date and timestamptz.
     */
    static void appendCsv(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number) {
            csv.append(value);
            return;
        }
        String text = value.toString();
        csv.append('"')
                .append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\""))
                .append('"');
    }
}
