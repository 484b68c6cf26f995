package dk.samskabelse.journal.support;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.web.api.ApiProperties;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A fast web slice (@WebMvcTest) of one or a few controllers: MVC, Jackson, validation, the message bundles, the
 * controller advices (problem JSON, page errors) and the web filters, without the database, Axon or the other
 * components. Mocked here: what the always-present advices need (the database probe, the demo provenance).
 * Configured: the API's settings (journal.api). Fixed: the clock, 2024-06-01 in Copenhagen, so "today" and "in
 * the future" do not depend on the day the test runs. Left out: the web journal's form binding (see
 * FORM_BINDING). The test class mocks the collaborators of its controllers (at least the CommandGateway) itself.
 *
 * <p>The security filter chain is left out (addFilters = false): these tests are about binding, validation and
 * the answers for bad input; sign-in, tokens, CSRF and who may write to which project need the real users and
 * projects and are tested with the whole application (*IT). Importing SecurityConfig here would mean mocking its
 * user store, token store and project authorisation, which would test the mocks.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @Filter(type = FilterType.REGEX, pattern = JournalWebSliceTest.FORM_BINDING))
@AutoConfigureMockMvc(addFilters = false)
@MockitoBean(types = {DatabaseProbe.class, DemoProvenance.class})
@Import(JournalWebSliceTest.SliceBeans.class)
public @interface JournalWebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /**
     * The web journal's form binding needs the pages' date rules (a project's start and its entries), which no
     * JSON API slice has; a page slice imports it with what it needs.
     */
    String FORM_BINDING = "dk\\.samskabelse\\.journal\\.web\\.journal\\.JournalFormBinding";

    /** 2024-06-01T10:00Z, a Saturday in Copenhagen. */
    Instant NOW = Instant.parse("2024-06-01T10:00:00Z");

    /** The clock, and the API's settings for its request size filter (RequestSizeLimit, a filter of every slice). */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ApiProperties.class)
    class SliceBeans {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
        }
    }
}
