package dk.samskabelse.journal.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

class SegmentBalancerTest {

    @Test
    void aLoneInstanceKeepsEverySegment() {
        assertThat(SegmentBalancer.excess(2, 2, 1)).isZero();
        assertThat(SegmentBalancer.excess(2, 2, 0)).isZero();
    }

    @Test
    void twoInstancesShareTwoSegmentsOneEach() {
        assertThat(SegmentBalancer.excess(2, 2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(1, 2, 2)).isZero();
        assertThat(SegmentBalancer.excess(0, 2, 2)).isZero();
    }

    @Test
    void theFairShareIsRoundedUp() {
        assertThat(SegmentBalancer.excess(2, 2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(3, 4, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.excess(2, 4, 3)).isZero();
    }

    @Test
    void beforeTheTokensExistNothingIsReleased() {
        assertThat(SegmentBalancer.excess(0, 0, 2)).isZero();
    }

    @Test
    void aRoundThatCannotReachTheDatabaseIsAWarningWithItsCauseOncePerStreak() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        var down = new DataAccessResourceFailureException("database down");
        when(jdbc.update(anyString(), any(Object[].class))).thenThrow(down);
        var balancer = new SegmentBalancer(
                mock(ProjectionProcessors.class),
                jdbc,
                Clock.systemUTC(),
                new RebuildProperties(null, new RebuildProperties.Processors(Duration.ofSeconds(2))));
        Logger logger = (Logger) LoggerFactory.getLogger(SegmentBalancer.class);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        try {
            balancer.balance();
            balancer.balance();
        } finally {
            logger.detachAppender(logged);
        }

        var warnings = logged.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("Segment balancing failed");
        assertThat(warnings.get(0).getThrowableProxy().getMessage()).isEqualTo("database down");
    }

    @Test
    void stoppingTheBalancerShutsItsTimerDown() {
        var balancer = new SegmentBalancer(
                mock(ProjectionProcessors.class),
                mock(JdbcTemplate.class),
                Clock.systemUTC(),
                new RebuildProperties(null, new RebuildProperties.Processors(Duration.ofSeconds(2))));

        balancer.stop();

        assertThat(balancer.timer().isShutdown()).isTrue();
    }
}
