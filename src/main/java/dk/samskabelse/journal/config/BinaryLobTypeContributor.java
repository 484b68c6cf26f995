package dk.samskabelse.journal.config;

import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Axon maps event payloads, metadata, tokens and snapshots as JPA @Lob byte arrays. On PostgreSQL, Hibernate 6
 * would bind those as large objects (oid columns outside the table, left behind on delete). Binding BLOB as
 * plain binary makes them bytea on PostgreSQL and BINARY VARYING on H2, matching the Flyway schema. Registered
 * through META-INF/services, so it applies whatever database the JDBC URL names.
 */
public class BinaryLobTypeContributor implements TypeContributor {

    @Override
    public void contribute(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        typeContributions
                .getTypeConfiguration()
                .getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
    }
}
