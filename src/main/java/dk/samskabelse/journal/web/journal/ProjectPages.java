package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.RolesView;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.EntrySummaries;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads one project for its pages from the live read models; an unknown project is the 404 page. Actors are named
 * as the viewer may see them (pseudonymised for researchers).
 */
@Component
class ProjectPages {

    private final ProjectLoader projects;
    private final ActorNames actorNames;
    private final TypologyService typology;
    private final EntrySummaries summaries;
    private final ProjectAccess access;
    private final Clock clock;
    private final ViewCache cache;

    ProjectPages(
            ProjectLoader projects,
            ActorNames actorNames,
            TypologyService typology,
            EntrySummaries summaries,
            ProjectAccess access,
            Clock clock,
            ViewCache cache) {
        this.cache = cache;
        this.access = access;
        this.projects = projects;
        this.actorNames = actorNames;
        this.typology = typology;
        this.summaries = summaries;
        this.clock = clock;
    }

    ProjectPage load(String projectId) {
        requireId(projectId);
        ProjectData data = projects.load(projectId);
        Function<String, String> lookup = actorNames.lookup(data, access.pseudonymised());
        // Each actor's name looked up once; the page carries them and the summaries' language, so both are in its
        // key (an erased name makes a new page).
        Map<String, String> shown = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        Function<String, String> names = id -> shown.containsKey(id) ? shown.get(id) : lookup.apply(id);
        return cache.view(
                data,
                "journal-page",
                List.of(LocaleContextHolder.getLocale(), Map.copyOf(shown)),
                () -> page(data, names));
    }

    private ProjectPage page(ProjectData data, Function<String, String> names) {
        ProjectSummary summary = data.summary();
        List<ActorLine> actors = RolesView.from(data, names).actors().stream()
                .map(a -> new ActorLine(
                        a.actorId(),
                        a.name(),
                        a.kind(),
                        a.currentRole(),
                        a.joinedOn(),
                        a.withdrawnOn(),
                        currentRoles(a)))
                .toList();
        Map<String, TimelineEntry> byId = data.timeline().stream()
                .collect(Collectors.toMap(TimelineEntry::getEntryId, entry -> entry, (a, b) -> a));
        List<EntryLine> entries = data.timeline().stream()
                .sorted(Comparator.comparing(TimelineEntry::getRecordedAt)
                        .thenComparing(TimelineEntry::getSequenceNumber)
                        .reversed())
                .map(entry -> line(entry, names, byId))
                .toList();
        return new ProjectPage(
                summary.getProjectId(),
                summary.getName(),
                summary.getMunicipality(),
                summary.getArea(),
                summary.getPurpose(),
                summary.getStartedOn(),
                summary.getClosedOn(),
                PhasesView.from(data).current(),
                typology.currentDeclaration(data).orElse(null),
                data.engagements().size(),
                actors,
                entries);
    }

    /** The roles an actor holds now: its open role intervals (several at once since issue 12), none if absent. */
    private static List<Role> currentRoles(RolesView.ActorRoles actor) {
        if (actor.withdrawnOn() != null) {
            return List.of();
        }
        List<Role> open = actor.intervals().stream()
                .filter(interval -> interval.to() == null)
                .map(RolesView.Interval::role)
                .distinct()
                .toList();
        if (open.isEmpty() && actor.currentRole() != null) {
            return List.of(actor.currentRole());
        }
        return open;
    }

    private EntryLine line(TimelineEntry entry, Function<String, String> names, Map<String, TimelineEntry> byId) {
        // A retraction names the entry it withdraws, so that the journal says what was taken back (issue 18).
        EntryLine.Retracts retracts = summaries
                .retractedEntryId(entry.getType(), entry.getPayload())
                .map(byId::get)
                .map(target -> new EntryLine.Retracts(
                        target.getEntryId(),
                        "entry.type." + target.getType(),
                        summaries.summarize(target.getType(), target.getPayload(), names),
                        target.getEffectiveOn()))
                .orElse(null);
        return new EntryLine(
                entry.getEntryId(),
                entry.getType(),
                summaries.summarize(entry.getType(), entry.getPayload(), names),
                entry.getEffectiveOn(),
                entry.getRecordedAt().atZone(clock.getZone()),
                entry.getRecordedBy(),
                entry.isRetracted(),
                !entry.isRetracted() && retractable(entry.getType()),
                retracts,
                summaries.engagement(entry.getType(), entry.getPayload(), names).orElse(null));
    }

    /** The journal's own rule (EntryType.isRetractable), so the page offers no retraction the journal refuses. */
    private static boolean retractable(String storedType) {
        return EntryType.fromStoredName(storedType)
                .map(EntryType::isRetractable)
                .orElse(false);
    }

    /** Project ids are UUIDs made by the journal; anything else names no project. */
    static void requireId(String projectId) {
        if (!isUuid(projectId)) {
            throw new ProjectNotFoundException();
        }
    }

    private static boolean isUuid(String value) {
        try {
            return value != null
                    && value.length() == 36
                    && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
