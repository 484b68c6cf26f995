package dk.samskabelse.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.config.EventStoreProperties;
import dk.samskabelse.journal.query.project.ProjectCacheProperties;
import dk.samskabelse.journal.query.rebuild.RebuildProperties;
import dk.samskabelse.journal.query.typology.TypologyModelProperties;
import dk.samskabelse.journal.security.JournalSecurityProperties;
import dk.samskabelse.journal.support.ProjectionProperties;
import dk.samskabelse.journal.web.api.ApiProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The journal's settings records are bound from the keys application.yml, the README and .ci/run use, with today's
 * defaults, and a bad value stops the start with a message naming the key.
 */
class JournalSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({
        EventStoreProperties.class,
        ProjectionProperties.class,
        RebuildProperties.class,
        ProjectCacheProperties.class,
        TypologyModelProperties.class,
        JournalSecurityProperties.class,
        ApiProperties.class
    })
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "journal.event-store.gap-timeout=60s",
                    "journal.event-store.gap-cleaning-threshold=250",
                    "journal.event-store.batch-size=100");

    @Test
    void unsetKeysKeepTodaysDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ProjectionProperties.class))
                    .isEqualTo(new ProjectionProperties(Duration.ofMillis(20), Duration.ofMillis(500)));
            RebuildProperties rebuild = context.getBean(RebuildProperties.class);
            assertThat(rebuild.rebuild()).isEqualTo(new RebuildProperties.Rebuild(0, 500, true));
            assertThat(rebuild.processors().balanceInterval()).isEqualTo(Duration.ofSeconds(2));
            ProjectCacheProperties caches = context.getBean(ProjectCacheProperties.class);
            assertThat(caches.viewCache()).isEqualTo(new ProjectCacheProperties.ViewCacheSettings(true, 100_000));
            assertThat(caches.timeTravel().cachedEvents()).isEqualTo(200_000);
            assertThat(context.getBean(TypologyModelProperties.class))
                    .isEqualTo(new TypologyModelProperties("", "projections", "", "", ""));
            JournalSecurityProperties security = context.getBean(JournalSecurityProperties.class);
            assertThat(security.adminPassword()).isEmpty();
            assertThat(security.security().bcryptStrength()).isEqualTo(10);
            assertThat(context.getBean(ApiProperties.class).maxRequestBytes()).isEqualTo(262_144);
        });
    }

    @Test
    void theKeysOfTodayAreRead() {
        runner.withPropertyValues(
                        "journal.projections.batch-delay=0ms",
                        "journal.rebuild.threads=3",
                        "journal.rebuild.copy=false",
                        "journal.processors.balance-interval=5s",
                        "journal.view-cache.enabled=false",
                        "journal.view-cache.maximum-weight=7",
                        "journal.time-travel.cached-events=9",
                        "journal.projection-dir=/tmp/models",
                        "journal.replay-as-of=2020-01-01",
                        "journal.admin-password=secret-secret",
                        "journal.security.bcrypt-strength=4",
                        "journal.api.max-request-bytes=1024")
                .run(context -> {
                    assertThat(context.getBean(ProjectionProperties.class).batchDelay())
                            .isZero();
                    assertThat(context.getBean(RebuildProperties.class).rebuild())
                            .isEqualTo(new RebuildProperties.Rebuild(3, 500, false));
                    assertThat(context.getBean(RebuildProperties.class)
                                    .processors()
                                    .balanceInterval())
                            .isEqualTo(Duration.ofSeconds(5));
                    assertThat(context.getBean(ProjectCacheProperties.class).viewCache())
                            .isEqualTo(new ProjectCacheProperties.ViewCacheSettings(false, 7));
                    assertThat(context.getBean(ProjectCacheProperties.class)
                                    .timeTravel()
                                    .cachedEvents())
                            .isEqualTo(9);
                    assertThat(context.getBean(TypologyModelProperties.class).projectionDir())
                            .isEqualTo("/tmp/models");
                    assertThat(context.getBean(TypologyModelProperties.class).replayAsOf())
                            .isEqualTo("2020-01-01");
                    assertThat(context.getBean(JournalSecurityProperties.class).adminPassword())
                            .isEqualTo("secret-secret");
                    assertThat(context.getBean(JournalSecurityProperties.class)
                                    .security()
                                    .bcryptStrength())
                            .isEqualTo(4);
                    assertThat(context.getBean(ApiProperties.class).maxRequestBytes())
                            .isEqualTo(1024);
                });
    }

    @Test
    void aBadValueStopsTheStartNamingTheKey() {
        for (String bad : new String[] {
            "journal.projections.batch-delay=2s",
            "journal.projections.poll-interval=0ms",
            "journal.rebuild.batch-size=0",
            "journal.rebuild.threads=-1",
            "journal.view-cache.maximum-weight=-1",
            "journal.security.bcrypt-strength=3",
            "journal.api.max-request-bytes=0",
            "journal.event-store.batch-size=0"
        }) {
            // The binder names the record's field (the start-up report adds the key and where it was set).
            String key = bad.substring(0, bad.indexOf('='));
            String field = CaseUtils.camel(key.substring(key.lastIndexOf('.') + 1));
            runner.withPropertyValues(bad)
                    .run(context -> assertThat(context)
                            .getFailure()
                            .as(bad)
                            .rootCause()
                            .hasMessageContaining("Binding validation errors on journal")
                            .hasMessageContaining(field));
        }
    }

    @Test
    void theEventStoreSettingsHaveNoDefault() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Settings.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("journal.event-store")
                        .hasMessageContaining("gapTimeout"));
    }

    private static final class CaseUtils {

        static String camel(String kebab) {
            StringBuilder out = new StringBuilder();
            for (String part : kebab.split("-")) {
                out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return out.toString();
        }
    }
}
