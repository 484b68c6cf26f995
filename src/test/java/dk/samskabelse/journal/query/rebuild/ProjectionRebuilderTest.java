package dk.samskabelse.journal.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The progress a rebuild reports: events done over all projections, the rate, and when it is finished. */
class ProjectionRebuilderTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final ProjectionProcessors processors = mock(ProjectionProcessors.class);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);
    private final ProjectionRebuilder rebuilder = new ProjectionRebuilder(processors, clock);

    @Test
    void everyProjectionIsStoppedResetAndStartedAgain() {
        when(processors.processor(anyString())).thenReturn(processor);
        when(processors.progress()).thenReturn(at(0, 1000));

        assertThat(rebuilder.start()).isTrue();

        var order = inOrder(processor);
        for (int i = 0; i < ProjectionGroups.ALL.size(); i++) {
            order.verify(processor).shutDown();
            order.verify(processor).resetTokens();
            order.verify(processor).start();
        }
    }

    @Test
    void progressCountsEventsOverAllProjectionsAndFinishesAtTheHead() {
        when(processors.processor(anyString())).thenReturn(processor);
        when(processors.progress()).thenReturn(at(0, 1000));
        rebuilder.start();
        assertThat(rebuilder.start()).as("a second rebuild while one runs").isFalse();

        now.set(now.get().plus(Duration.ofSeconds(2)));
        when(processors.progress()).thenReturn(at(500, 1000));
        RebuildProgress halfway = rebuilder.progress();
        assertThat(halfway.running()).isTrue();
        assertThat(halfway.eventsDone()).isEqualTo(500L * ProjectionGroups.ALL.size());
        assertThat(halfway.eventsTotal()).isEqualTo(1000L * ProjectionGroups.ALL.size());
        assertThat(halfway.percent()).isEqualTo(50);
        assertThat(halfway.eventsPerSecond()).isEqualTo(500.0 * ProjectionGroups.ALL.size() / 2);

        now.set(now.get().plus(Duration.ofSeconds(2)));
        when(processors.progress()).thenReturn(at(1000, 1000));
        RebuildProgress done = rebuilder.progress();
        assertThat(done.running()).isFalse();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.finishedAt()).isEqualTo(now.get());

        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertThat(rebuilder.progress().eventsPerSecond())
                .as("the rate is that of the finished rebuild")
                .isEqualTo(done.eventsPerSecond());
    }

    private static List<ProcessorProgress> at(long position, long head) {
        return ProjectionGroups.ALL.stream()
                .map(group -> new ProcessorProgress(group, position, head, position < head, true, false))
                .toList();
    }

    @Test
    void aProgressReportThatFailsIsAWarningWithItsCause() {
        when(processors.progress()).thenThrow(new IllegalStateException("token store unreachable"));
        Logger logger = (Logger) LoggerFactory.getLogger(ProjectionRebuilder.class);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        try {
            rebuilder.report();
        } finally {
            logger.detachAppender(logged);
            rebuilder.stop();
        }

        assertThat(logged.list)
                .filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement()
                .satisfies(event ->
                        assertThat(event.getThrowableProxy().getMessage()).isEqualTo("token store unreachable"));
    }

    @Test
    void stoppingTheRebuilderShutsItsProgressReporterDown() {
        rebuilder.stop();

        assertThat(rebuilder.reporter().isShutdown()).isTrue();
    }
}
