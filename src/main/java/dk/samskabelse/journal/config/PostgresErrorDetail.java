package dk.samskabelse.journal.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the driver connects with logServerErrorDetail=false: pgjdbc (42.x) then leaves out of its exception
 * messages the server's error detail ("Key (title)=(...)", "Failing row contains (...)") and, for a failed batch,
 * the statement with its bound values ("Batch entry 0 insert into ... values ('the title', ...) was aborted",
 * which becomes "Batch entry 0 &lt;unknown&gt; was aborted"). Those messages end in the application log and the
 * dead-letter table when a projection write fails, and the values are free text that may name a person (review
 * 2026-12-04, 8c). The error itself (SQL state and primary message) stays.
 * <p>
 * It is set here, for whatever PostgreSQL URL the journal is given (the postgres profile, JOURNAL_DB_URL, the
 * tests), unless the URL or spring.datasource.hikari.data-source-properties already set it: for debugging, set
 * spring.datasource.hikari.data-source-properties.logServerErrorDetail=true. Other databases are left alone.
 */
@Component
class PostgresErrorDetail implements BeanPostProcessor {

    static final String PROPERTY = "logServerErrorDetail";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            String url = dataSource.getJdbcUrl();
            if (url != null
                    && url.startsWith("jdbc:postgresql:")
                    && !url.contains(PROPERTY)
                    && !dataSource.getDataSourceProperties().containsKey(PROPERTY)) {
                dataSource.addDataSourceProperty(PROPERTY, "false");
            }
        }
        return bean;
    }
}
