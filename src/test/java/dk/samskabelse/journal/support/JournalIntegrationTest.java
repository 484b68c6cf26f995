package dk.samskabelse.journal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one configuration of the full-context tests: the journal on a random port, with MockMvc, on one shared
 * in-memory database. Every class with exactly this configuration gets the same cached Spring context (one start
 * per test JVM instead of one per class), so such a test must not assume it is alone in the journal: it makes its
 * own projects and users (random ids or names of its own) and compares global counts only before and after its
 * own action. A test that needs other settings, a mock or a database of its own keeps its own @SpringBootTest.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:journal-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
public @interface JournalIntegrationTest {}
