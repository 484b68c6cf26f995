package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.declarations.DeclaredPlacementRow;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.projection.DerivedValues;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one project's rows: "now" from the live projection tables, any other point in time by replaying that
 * project's events (one index range of the event store) through the same projectors into memory. "Now" is read
 * once per version of the project (issue 14): a request checks the version and gets the rows from ViewCache.
 */
@Service
public class ProjectDataSource {

    private final JpaProjectionStore liveStore;
    private final ProjectHistories histories;
    private final List<Projector> projectors;
    private final ProjectVersions versions;
    private final ViewCache cache;
    private final TransactionTemplate readOnly;

    /** The timeline JSON of the kept histories' events, written once per event instance (see DerivedValues). */
    private final DerivedValues derived = new DerivedValues();

    public ProjectDataSource(
            JpaProjectionStore liveStore,
            ProjectHistories histories,
            List<Projector> projectors,
            ProjectVersions versions,
            ViewCache cache,
            PlatformTransactionManager transactions) {
        this.liveStore = liveStore;
        this.histories = histories;
        this.projectors = projectors;
        this.versions = versions;
        this.cache = cache;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public Optional<ProjectData> load(String projectId, TimeTravel when) {
        if (when.isNow()) {
            OptionalLong version = versions.of(projectId);
            return version.isEmpty() ? Optional.empty() : now(projectId, version.getAsLong());
        }
        return readOnly.execute(status -> replay(projectId, when, (event, meta) -> event, meta -> meta));
    }

    /**
     * The live rows of a project whose version the caller read already (the portfolio reads all summaries at once).
     * The version is read before the rows, so the rows kept under it are at least that new.
     */
    public Optional<ProjectData> now(String projectId, long version) {
        return cache.data(projectId, version, () -> readOnly.execute(status -> read(liveStore, projectId)));
    }

    /**
     * The project as a researcher may see it (docs/domain.md "Personal data"): its events replayed with actor ids and
     * recorders replaced by the project's keyed pseudonyms and free text kept only where it was marked
     * shareable, so every view built from the rows is pseudonymised by construction.
     */
    @Transactional(readOnly = true)
    public Optional<ProjectData> loadPseudonymised(String projectId, TimeTravel when, Pseudonymisation pseudonyms) {
        return replay(
                projectId,
                when,
                (event, meta) -> pseudonyms.pseudonymise(event),
                meta -> new EntryMeta(meta.sequenceNumber(), meta.recordedAt(), pseudonyms.user(meta.recordedBy())));
    }

    private Optional<ProjectData> replay(
            String projectId,
            TimeTravel when,
            BiFunction<JournalEvent, EntryMeta, JournalEvent> eventView,
            UnaryOperator<EntryMeta> metaView) {
        List<ProjectHistories.Recorded> visible = histories.of(projectId).stream()
                .filter(recorded -> isVisible(recorded, when))
                .toList();
        // Before the project began (or before the journal knew of it) there is nothing to show.
        if (visible.isEmpty() || !(visible.get(0).event() instanceof ProjectStarted)) {
            return Optional.empty();
        }
        InMemoryProjectionStore memory = new InMemoryProjectionStore(derived);
        for (ProjectHistories.Recorded recorded : visible) {
            JournalEvent event = eventView.apply(recorded.event(), recorded.meta());
            EntryMeta meta = metaView.apply(recorded.meta());
            projectors.forEach(projector -> projector.apply(event, meta, memory));
        }
        return read(memory, projectId);
    }

    private static boolean isVisible(ProjectHistories.Recorded recorded, TimeTravel when) {
        JournalEvent event = recorded.event();
        if (when.knownAt() != null && recorded.meta().recordedAt().isAfter(when.knownAt())) {
            return false;
        }
        // A retraction corrects what the journal knows, whatever its own date: it always applies under asOf.
        return when.asOf() == null
                || event instanceof EntryRetracted
                || !event.effectiveOn().isAfter(when.asOf());
    }

    private static Optional<ProjectData> read(ProjectionStore store, String projectId) {
        Optional<ProjectSummary> summary = store.projectRow(ProjectSummary.class, projectId);
        return summary.map(s -> new ProjectData(
                s,
                store.forProject(ActorRow.class, projectId),
                store.forProject(RoleInterval.class, projectId),
                store.forProject(PhaseInterval.class, projectId),
                store.forProject(EngagementRow.class, projectId),
                store.forProject(DeclaredPlacementRow.class, projectId),
                store.forProject(TimelineEntry.class, projectId)));
    }
}
