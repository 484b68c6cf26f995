package dk.samskabelse.journal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 13: the demo provenance the read side sees, from the data files, keyed by the derived ids. */
class DemoSourcesTest {

    private final DemoSources sources = new DemoSources(DemoHistories.plans(ZoneId.of("Europe/Copenhagen")));

    @Test
    void aDemoProjectNamesItsSeedAndEachEntrysSource() {
        String naestved = DemoPlan.projectId("naturens-rige");
        assertThat(sources.project(naestved)).hasValueSatisfying(project -> {
            assertThat(project.key()).isEqualTo("naturens-rige");
            assertThat(project.seedFile()).isEqualTo("000_6b9a6d0be96d5ed0.txt");
        });
        // The project start cites the seed's first lines on Naturens Rige; the chef's actor entry is invented.
        assertThat(sources.source(naestved, DemoPlan.id("naturens-rige", "start")))
                .hasValueSatisfying(source -> {
                    assertThat(source.kind()).isEqualTo(DemoSource.Kind.SEED);
                    assertThat(source.passage()).contains("fremme borgernes mentale sundhed");
                });
        assertThat(sources.source(naestved, DemoPlan.id("naturens-rige", "actor-entry:chef")))
                .contains(DemoSource.INVENTED);
        // An entry a user wrote into the demo project later is no demo content.
        assertThat(sources.source(naestved, UUID.randomUUID().toString())).contains(DemoSource.RECORDED);
    }

    @Test
    void anyOtherProjectIsNoDemo() {
        String other = UUID.randomUUID().toString();
        assertThat(sources.isDemo(other)).isFalse();
        assertThat(sources.source(other, UUID.randomUUID().toString())).isEmpty();
    }
}
