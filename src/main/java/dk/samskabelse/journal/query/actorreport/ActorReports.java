package dk.samskabelse.journal.query.actorreport;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.personaldata.RegisteredActor;
import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import dk.samskabelse.journal.query.eventlog.ProjectEventLog;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.roles.ActorRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of personal data: which actors a project has and what is held about each. Read from
 * the event store (every entry, retracted or not) and the register, never from projections that might lag.
 */
@Service
public class ActorReports {

    private final ProjectEventLog eventLog;
    private final PersonalDataRegister register;
    private final JpaProjectionStore projections;
    private final Clock clock;

    public ActorReports(
            ProjectEventLog eventLog, PersonalDataRegister register, JpaProjectionStore projections, Clock clock) {
        this.eventLog = eventLog;
        this.register = register;
        this.projections = projections;
        this.clock = clock;
    }

    /**
     * The project an actor belongs to: from the register and (once erased) the role projection. An actor id is
     * unique only within its project, so it is answered only when exactly one project knows the id. Empty when
     * none or several do (or an erased actor whose registration was also retracted): ask with the project id.
     */
    @Transactional(readOnly = true)
    public Optional<String> projectOf(String actorId) {
        Set<String> projects = new HashSet<>(register.projectsOf(actorId));
        projections.withIdInAnyProject(ActorRow.class, "actorId", actorId).stream()
                .map(ActorRow::getProjectId)
                .forEach(projects::add);
        return projects.size() == 1 ? Optional.of(projects.iterator().next()) : Optional.empty();
    }

    /** Every actor ever registered in the project, in the order registered; empty when there is no project. */
    @Transactional(readOnly = true)
    public Optional<List<ActorStatus>> actors(String projectId) {
        return eventLog.entries(projectId, TimeTravel.NOW).map(entries -> {
            Map<String, ActorRegistered> registered = new LinkedHashMap<>();
            Set<String> withdrawn = new HashSet<>();
            Set<String> erased = new HashSet<>();
            Map<String, String> actorOfEntry = new HashMap<>();
            Set<String> retractedRegistrations = new HashSet<>();
            for (LoggedEntry entry : entries) {
                if (entry.payload() instanceof ActorRegistered e) {
                    registered.put(e.actorId(), e);
                    actorOfEntry.put(e.entryId(), e.actorId());
                } else if (entry.payload() instanceof ActorWithdrawn e) {
                    withdrawn.add(e.actorId());
                    actorOfEntry.put(e.entryId(), e.actorId());
                } else if (entry.payload() instanceof ActorRejoined e) {
                    withdrawn.remove(e.actorId());
                    actorOfEntry.put(e.entryId(), e.actorId());
                } else if (entry.payload() instanceof ActorPersonalDataErased e) {
                    erased.add(e.actorId());
                } else if (entry.payload() instanceof EntryRetracted e) {
                    String actorId = actorOfEntry.get(e.retractedEntryId());
                    if (EntryType.ACTOR_REGISTERED.isStoredAs(e.retractedEntryType())) {
                        retractedRegistrations.add(actorId);
                    } else if (EntryType.ACTOR_WITHDRAWN.isStoredAs(e.retractedEntryType())) {
                        withdrawn.remove(actorId);
                    } else if (EntryType.ACTOR_REJOINED.isStoredAs(e.retractedEntryType())) {
                        withdrawn.add(actorId);
                    }
                }
            }
            Map<String, String> names = new HashMap<>();
            register.registrations(projectId)
                    .forEach(r -> names.put(r.actorId(), r.data().name()));
            return registered.values().stream()
                    .map(e -> new ActorStatus(
                            e.actorId(),
                            names.get(e.actorId()),
                            e.kind(),
                            e.effectiveOn(),
                            withdrawn.contains(e.actorId()),
                            retractedRegistrations.contains(e.actorId()),
                            erased.contains(e.actorId())))
                    .toList();
        });
    }

    /** Everything held about the actor in the project; empty when the project holds no such actor. */
    @Transactional(readOnly = true)
    public Optional<ActorReport> report(String projectId, String actorId) {
        Optional<List<LoggedEntry>> stored = eventLog.entries(projectId, TimeTravel.NOW);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<LoggedEntry> entries = stored.get();
        ActorRegistered registration = entries.stream()
                .map(LoggedEntry::payload)
                .filter(p -> p instanceof ActorRegistered e && e.actorId().equals(actorId))
                .map(ActorRegistered.class::cast)
                .findFirst()
                .orElse(null);
        if (registration == null) {
            return Optional.empty();
        }
        String projectName = entries.get(0).payload() instanceof ProjectStarted started ? started.name() : null;
        Map<String, String> retractedBy = new HashMap<>();
        entries.stream()
                .map(LoggedEntry::payload)
                .filter(EntryRetracted.class::isInstance)
                .map(EntryRetracted.class::cast)
                .forEach(r -> retractedBy.put(r.retractedEntryId(), r.entryId()));
        List<ActorReport.Entry> lines = new ArrayList<>();
        Set<String> actorEntries = new HashSet<>();
        boolean erased = false;
        for (LoggedEntry entry : entries) {
            ActorReport.Entry line = line(entry, actorId, actorEntries, retractedBy);
            if (line != null) {
                lines.add(line);
                actorEntries.add(entry.entryId());
                erased |= entry.payload() instanceof ActorPersonalDataErased;
            }
        }
        ActorReport.Register row = register.registration(projectId, actorId)
                .map(r -> register(r.data(), r))
                .orElse(null);
        return Optional.of(new ActorReport(
                actorId,
                projectId,
                projectName,
                registration.kind(),
                registration.sector(),
                registration.effectiveOn(),
                row,
                erased,
                lines,
                clock.instant()));
    }

    private static ActorReport.Register register(ActorPersonalData data, RegisteredActor row) {
        return new ActorReport.Register(data.name(), data.organisation(), data.contact(), row.registeredAt());
    }

    /** The entry as a line of the actor's report, or null when it does not name the actor. */
    private static ActorReport.Entry line(
            LoggedEntry entry, String actorId, Set<String> actorEntries, Map<String, String> retractedBy) {
        String retracted = retractedBy.get(entry.entryId());
        if (entry.payload() instanceof ActorRegistered e && e.actorId().equals(actorId)) {
            return line(entry, retracted).role(e.role()).build();
        }
        if (entry.payload() instanceof RoleShifted e && e.actorId().equals(actorId)) {
            return line(entry, retracted)
                    .fromRole(e.fromRole())
                    .role(e.toRole())
                    .text(e.reason())
                    .build();
        }
        if (entry.payload() instanceof ActorWithdrawn e && e.actorId().equals(actorId)) {
            return line(entry, retracted).text(e.reason()).build();
        }
        if (entry.payload() instanceof RoleAdded e && e.actorId().equals(actorId)) {
            return line(entry, retracted).role(e.role()).text(e.reason()).build();
        }
        if (entry.payload() instanceof RoleEnded e && e.actorId().equals(actorId)) {
            return line(entry, retracted).fromRole(e.role()).text(e.reason()).build();
        }
        if (entry.payload() instanceof ActorRejoined e && e.actorId().equals(actorId)) {
            return line(entry, retracted)
                    .role(e.roles().isEmpty() ? null : e.roles().get(0))
                    .text(e.reason())
                    .build();
        }
        if (entry.payload() instanceof LeadershipActionRecorded e && actorId.equals(e.actorId())) {
            return line(entry, retracted).text(e.action()).build();
        }
        if (entry.payload() instanceof LeadershipReflectionRecorded e && actorId.equals(e.actorId())) {
            return line(entry, retracted).text(e.text()).build();
        }
        if (entry.payload() instanceof ActorPersonalDataErased e && e.actorId().equals(actorId)) {
            return line(entry, retracted).build();
        }
        if (entry.payload() instanceof EngagementRecorded e && names(e, actorId)) {
            Influence influence = e.participants().stream()
                    .filter(p -> p.actorId().equals(actorId))
                    .map(Participation::influence)
                    .findFirst()
                    .orElse(null);
            List<ContributionType> contributions = e.contributions().stream()
                    .filter(c -> c.actorId().equals(actorId))
                    .map(Contribution::type)
                    .toList();
            return line(entry, retracted)
                    .engagement(e.kind(), e.title(), e.initiators().contains(actorId))
                    .influence(influence)
                    .contributions(contributions)
                    .text(e.notes())
                    .build();
        }
        if (entry.payload() instanceof EntryRetracted e && actorEntries.contains(e.retractedEntryId())) {
            return line(entry, retracted)
                    .retracts(e.retractedEntryId())
                    .text(e.reason())
                    .build();
        }
        return null;
    }

    private static boolean names(EngagementRecorded e, String actorId) {
        return e.initiators().contains(actorId)
                || e.participants().stream().anyMatch(p -> p.actorId().equals(actorId))
                || e.contributions().stream().anyMatch(c -> c.actorId().equals(actorId));
    }

    private static LineBuilder line(LoggedEntry entry, String retractedBy) {
        return new LineBuilder(entry, retractedBy);
    }

    private static final class LineBuilder {
        private final LoggedEntry entry;
        private final String retractedBy;
        private Role role;
        private Role fromRole;
        private EngagementKind engagementKind;
        private String title;
        private Boolean initiator;
        private Influence influence;
        private List<ContributionType> contributions;
        private String text;
        private String retractedEntryId;

        LineBuilder(LoggedEntry entry, String retractedBy) {
            this.entry = entry;
            this.retractedBy = retractedBy;
        }

        LineBuilder role(Role value) {
            role = value;
            return this;
        }

        LineBuilder fromRole(Role value) {
            fromRole = value;
            return this;
        }

        LineBuilder engagement(EngagementKind kind, String engagementTitle, boolean initiated) {
            engagementKind = kind;
            title = engagementTitle;
            initiator = initiated;
            return this;
        }

        LineBuilder influence(Influence value) {
            influence = value;
            return this;
        }

        LineBuilder contributions(List<ContributionType> values) {
            contributions = values.isEmpty() ? null : values;
            return this;
        }

        LineBuilder text(String value) {
            text = value;
            return this;
        }

        LineBuilder retracts(String entryId) {
            retractedEntryId = entryId;
            return this;
        }

        ActorReport.Entry build() {
            return new ActorReport.Entry(
                    entry.entryId(),
                    entry.type(),
                    entry.effectiveOn(),
                    entry.recordedAt(),
                    entry.recordedBy(),
                    role,
                    fromRole,
                    engagementKind,
                    title,
                    initiator,
                    influence,
                    contributions,
                    text,
                    retractedEntryId,
                    retractedBy);
        }
    }
}
