package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.projection.ProjectRow;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Writes freshly computed projection rows in one transaction of their own, through Hibernate's stateless
 * session: no persistence context, so no copy of each row kept for dirty checking and no dirty check at flush,
 * which in a rebuild cost more than the inserts themselves. The inserts go out in JDBC batches. Only for rows
 * nothing else is writing: the offline rebuild, with the processors stopped.
 */
@Component
class BulkRowWriter {

    private final SessionFactory sessionFactory;
    private final int batchSize;

    BulkRowWriter(EntityManagerFactory entityManagerFactory,
                  @Value("${journal.rebuild.batch-size:500}") int batchSize) {
        this.sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
        this.batchSize = batchSize;
    }

    /** Inserts the rows, in the order given, and commits; nothing is written if any insert fails. */
    long insert(Collection<? extends ProjectRow> rows) {
        try (StatelessSession session = sessionFactory.openStatelessSession()) {
            // Hibernate batches a stateless session's inserts only inside a transaction it began itself.
            session.setJdbcBatchSize(batchSize);
            Transaction transaction = session.beginTransaction();
            try {
                rows.forEach(session::insert);
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
}
