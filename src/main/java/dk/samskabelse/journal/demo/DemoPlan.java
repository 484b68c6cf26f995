package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.api.WithdrawActor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A demo history turned into the API's commands, each with the time it was recorded and by whom, in the order
 * they were recorded. Every id is derived from the history's key, so playing the plan again sends the same
 * project id and the same entry ids: the journal acknowledges them without writing anything twice. seedFile and
 * sources: the seed the history is built around and, per entry id, whether the entry rests on a seed passage or
 * is invented (issue 13, demo honesty).
 */
public record DemoPlan(
        String file,
        String key,
        String projectId,
        String name,
        List<Step> steps,
        String seedFile,
        Map<String, DemoSource> sources) {

    public DemoPlan {
        sources = Map.copyOf(sources);
    }

    /** One command as the API would send it, with the second clock (docs/domain.md "Two clocks"). */
    public record Step(String label, Object command, Instant recordedAt, String recordedBy) {}

    private static final int DEFAULT_LAG_DAYS = 1;
    /** Entries are written in the afternoon, one minute apart, in the order the file lists them. */
    private static final int RECORDING_HOUR = 15;

    public int entries() {
        return steps.size();
    }

    public static String projectId(String key) {
        return id(key, "project");
    }

    public static String actorId(String key, String actorKey) {
        return id(key, "actor:" + actorKey);
    }

    public static String entryId(String key, DemoHistory.Entry entry, int index) {
        return id(key, entry.id() != null ? "entry:id:" + entry.id() : "entry:" + index);
    }

    /** A seed file name as in /work/shared/seeds: three digits, "_", a hash, ".txt". */
    static final String SEED_FILE = "\\d{3}_[0-9a-f]+\\.txt";

    static String id(String key, String what) {
        return UUID.nameUUIDFromBytes(("demo:" + key + ":" + what).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    public static DemoPlan of(String file, DemoHistory history, ZoneId zone) {
        return new Builder(file, history, zone).build();
    }

    private static final class Builder {

        private record Pending(Step step, LocalDate recordedOn, int order) {}

        private final String file;
        private final DemoHistory history;
        private final ZoneId zone;
        private final String key;
        private final String projectId;
        private final int lag;
        private final Map<String, String> actorIds = new HashMap<>();
        private final Map<String, String> entryIdsByName = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Map<String, DemoSource> sources = new HashMap<>();

        Builder(String file, DemoHistory history, ZoneId zone) {
            this.file = file;
            this.history = history;
            this.zone = zone;
            if (history.key() == null || !history.key().matches("[a-z0-9-]+")) {
                throw problem("key", "needs a key of lower-case letters, digits and '-'");
            }
            this.key = history.key();
            this.projectId = projectId(key);
            this.lag = history.recordedAfterDays() == null ? DEFAULT_LAG_DAYS : history.recordedAfterDays();
            if (history.recordedBy() == null || history.recordedBy().isBlank()) {
                throw problem("recordedBy", "names no user");
            }
            if (history.seedFile() == null || !history.seedFile().matches(SEED_FILE)) {
                throw problem(
                        "seedFile",
                        "must name the seed file the history is built around (like " + "000_6b9a6d0be96d5ed0.txt)");
            }
        }

        DemoPlan build() {
            DemoHistory.Project project = required(history.project(), "project");
            required(project.startedOn(), "project.startedOn");
            add(
                    "project",
                    new StartProject(
                            projectId,
                            id(key, "start"),
                            project.name(),
                            project.municipality(),
                            project.area(),
                            project.purpose(),
                            project.startedOn()),
                    project.startedOn(),
                    project.recorded(),
                    project.by());
            source("project", id(key, "start"), project.seed(), project.seedFile());
            registerActors(project.startedOn());
            List<DemoHistory.Entry> journal = history.journal() == null ? List.of() : history.journal();
            for (int i = 0; i < journal.size(); i++) {
                addEntry(journal.get(i), i);
            }
            // The journal receives the entries in the order they were written, not the order they happened.
            List<Step> steps = pending.stream()
                    .sorted(Comparator.comparing(Pending::recordedOn).thenComparingInt(Pending::order))
                    .map(Pending::step)
                    .toList();
            return new DemoPlan(file, key, projectId, project.name(), steps, history.seedFile(), sources);
        }

        /** Issue 13: a passage makes the entry rest on the seed (the history's, or the one named); none: invented. */
        private void source(String where, String entryId, String passage, String seedFile) {
            if (passage == null || passage.isBlank()) {
                if (seedFile != null) {
                    throw problem(where, "names a seedFile but no seed passage");
                }
                sources.put(entryId, DemoSource.INVENTED);
                return;
            }
            String file = seedFile != null ? seedFile : history.seedFile();
            if (!file.matches(SEED_FILE)) {
                throw problem(where + ".seedFile", "is no seed file name: " + file);
            }
            sources.put(entryId, DemoSource.seed(file, passage.strip()));
        }

        private void registerActors(LocalDate startedOn) {
            List<DemoHistory.Actor> actors = history.actors() == null ? List.of() : history.actors();
            for (int i = 0; i < actors.size(); i++) {
                DemoHistory.Actor actor = actors.get(i);
                String where = "actors[" + i + "]";
                if (actor.key() == null || actorIds.containsKey(actor.key())) {
                    throw problem(where, actor.key() == null ? "has no key" : "repeats key '" + actor.key() + "'");
                }
                required(actor.kind(), where + ".kind");
                required(actor.role(), where + ".role");
                LocalDate joinedOn = actor.joinedOn() != null ? actor.joinedOn() : startedOn;
                String actorId = actorId(key, actor.key());
                actorIds.put(actor.key(), actorId);
                add(
                        where + " (" + actor.key() + ")",
                        new RegisterActor(
                                projectId,
                                id(key, "actor-entry:" + actor.key()),
                                actorId,
                                actor.kind(),
                                actor.role(),
                                joinedOn,
                                new ActorPersonalData(actor.name(), actor.organisation(), null),
                                Boolean.TRUE.equals(actor.commercialSupplier())),
                        joinedOn,
                        actor.recorded(),
                        actor.by());
                source(where, id(key, "actor-entry:" + actor.key()), actor.seed(), actor.seedFile());
            }
        }

        private void addEntry(DemoHistory.Entry entry, int index) {
            String where = "journal[" + index + "]";
            if (entry.kinds().size() != 1) {
                throw problem(
                        where,
                        "must hold exactly one of clarify, declare, engagement, shift, withdraw, "
                                + "phase, correction, insight, retract, close, addRole, endRole, rejoin, reopen, planning, "
                                + "leadership, reflection (it holds "
                                + entry.kinds().size() + ")");
            }
            LocalDate date = required(entry.date(), where + ".date");
            String entryId = entryId(key, entry, index);
            if (entry.id() != null && entryIdsByName.put(entry.id(), entryId) != null) {
                throw problem(where, "repeats id '" + entry.id() + "'");
            }
            boolean shareable = entry.shareable() == null || entry.shareable();
            Object command;
            if (entry.clarify() != null) {
                DemoHistory.Clarification c = entry.clarify();
                command = new ClarifyProject(
                        projectId,
                        entryId,
                        date,
                        c.successCriteria(),
                        c.expectedBottomLines(),
                        c.coCreationScope(),
                        c.motivation(),
                        c.democraticLegitimacy(),
                        c.ownership(),
                        c.organisationalReadiness(),
                        c.taskOrigin(),
                        c.partnerOrganisations(),
                        c.targetGroups());
            } else if (entry.declare() != null) {
                DemoHistory.Declaration d = entry.declare();
                // Whose placement it is follows from who wrote it, as for a declaration sent without a perspective
                // (issue 13): the demo's chef declares the chef's, its project leader the project leader's.
                String by = entry.by() != null ? entry.by() : history.recordedBy();
                TypologyPerspective perspective = "chef".equals(by)
                        ? TypologyPerspective.CHEF
                        : "leder".equals(by) ? TypologyPerspective.PROJEKTLEDER : null;
                command = new DeclareTypology(
                        projectId, entryId, date, d.openness(), d.centrality(), d.rationale(), perspective, null);
            } else if (entry.engagement() != null) {
                command = engagement(entry.engagement(), entryId, date, shareable, where);
            } else if (entry.shift() != null) {
                DemoHistory.RoleShift s = entry.shift();
                command = new ShiftRole(
                        projectId,
                        entryId,
                        actor(s.actor(), where + ".shift.actor"),
                        s.role(),
                        date,
                        s.reason(),
                        shareable,
                        s.from());
            } else if (entry.addRole() != null) {
                DemoHistory.RoleChange r = entry.addRole();
                command = new AddRole(
                        projectId,
                        entryId,
                        actor(r.actor(), where + ".addRole.actor"),
                        r.role(),
                        date,
                        r.reason(),
                        shareable);
            } else if (entry.endRole() != null) {
                DemoHistory.RoleChange r = entry.endRole();
                command = new EndRole(
                        projectId,
                        entryId,
                        actor(r.actor(), where + ".endRole.actor"),
                        r.role(),
                        date,
                        r.reason(),
                        shareable);
            } else if (entry.rejoin() != null) {
                DemoHistory.Rejoin r = entry.rejoin();
                command = new RejoinActor(
                        projectId,
                        entryId,
                        actor(r.actor(), where + ".rejoin.actor"),
                        r.roles() == null ? List.of() : r.roles(),
                        date,
                        r.reason(),
                        shareable);
            } else if (entry.reopen() != null) {
                command = new ReopenProject(
                        projectId, entryId, date, entry.reopen().reason(), shareable);
            } else if (entry.planning() != null) {
                DemoHistory.Planning p = entry.planning();
                command = new RecordPlanning(
                        projectId,
                        entryId,
                        date,
                        p.fixedFrame(),
                        p.elasticFrame(),
                        p.timeFrame(),
                        p.unpredictability(),
                        p.communication(),
                        p.recruitment(),
                        p.intendedInfluence(),
                        p.involvementMethods(),
                        p.processDesign(),
                        shareable);
            } else if (entry.leadership() != null) {
                DemoHistory.Leadership l = entry.leadership();
                command = new RecordLeadershipAction(
                        projectId,
                        entryId,
                        date,
                        l.direction(),
                        l.act(),
                        l.actor() == null ? null : actor(l.actor(), where + ".leadership.actor"),
                        l.action(),
                        l.reason(),
                        shareable);
            } else if (entry.reflection() != null) {
                DemoHistory.Reflection r = entry.reflection();
                command = new RecordLeadershipReflection(
                        projectId,
                        entryId,
                        date,
                        r.actor() == null ? null : actor(r.actor(), where + ".reflection.actor"),
                        r.text(),
                        shareable);
            } else if (entry.withdraw() != null) {
                DemoHistory.Withdrawal w = entry.withdraw();
                command = new WithdrawActor(
                        projectId, entryId, actor(w.actor(), where + ".withdraw.actor"), date, w.reason(), shareable);
            } else if (entry.phase() != null) {
                command = new ChangePhase(
                        projectId,
                        entryId,
                        required(entry.phase().to(), where + ".phase.to"),
                        date,
                        entry.phase().note(),
                        shareable);
            } else if (entry.correction() != null) {
                DemoHistory.CourseCorrection c = entry.correction();
                command = new RecordCourseCorrection(
                        projectId, entryId, date, c.decision(), c.reason(), c.affects(), shareable);
            } else if (entry.insight() != null) {
                command = new RecordInsight(
                        projectId,
                        entryId,
                        date,
                        entry.insight().focus(),
                        entry.insight().text(),
                        shareable);
            } else if (entry.retract() != null) {
                String target = entryIdsByName.get(entry.retract().entry());
                if (target == null) {
                    throw problem(
                            where, "retracts '" + entry.retract().entry() + "', which no earlier entry has as its id");
                }
                command = new RetractEntry(
                        projectId, entryId, target, date, entry.retract().reason(), shareable);
            } else {
                command =
                        new CloseProject(projectId, entryId, date, entry.close().note(), shareable);
            }
            add(where, command, date, entry.recorded(), entry.by());
            source(where, entryId, entry.seed(), entry.seedFile());
        }

        private RecordEngagement engagement(
                DemoHistory.Engagement e, String entryId, LocalDate date, boolean shareable, String where) {
            List<Participation> participants = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            if (e.participants() != null) {
                e.participants().forEach((actorKey, influence) -> {
                    seen.add(actorKey);
                    participants.add(new Participation(actor(actorKey, where + ".participants"), influence));
                });
            }
            List<Contribution> contributions = new ArrayList<>();
            if (e.contributions() != null) {
                e.contributions().forEach((actorKey, types) -> {
                    if (!seen.contains(actorKey)) {
                        throw problem(where + ".contributions", "'" + actorKey + "' is not a participant");
                    }
                    types.forEach(type -> contributions.add(new Contribution(actor(actorKey, where), type)));
                });
            }
            List<String> coInitiators = new ArrayList<>();
            if (e.coInitiators() != null) {
                e.coInitiators().forEach(actorKey -> coInitiators.add(actor(actorKey, where + ".coInitiators")));
            }
            return new RecordEngagement(
                    projectId,
                    entryId,
                    e.kind(),
                    e.title(),
                    date,
                    actor(e.initiatedBy(), where + ".initiatedBy"),
                    participants,
                    contributions,
                    e.notes(),
                    shareable,
                    coInitiators,
                    e.attendance() == null ? List.of() : e.attendance());
        }

        private String actor(String actorKey, String where) {
            String actorId = actorIds.get(actorKey);
            if (actorId == null) {
                throw problem(where, "names no actor '" + actorKey + "' of this file's actors");
            }
            return actorId;
        }

        private void add(String label, Object command, LocalDate happenedOn, LocalDate recorded, String by) {
            LocalDate recordedOn = recorded != null ? recorded : happenedOn.plusDays(lag);
            if (recordedOn.isBefore(happenedOn)) {
                throw problem(label, "is recorded on " + recordedOn + ", before it happened on " + happenedOn);
            }
            int order = pending.size();
            Instant recordedAt = recordedOn
                    .atTime(RECORDING_HOUR, 0)
                    .atZone(zone)
                    .toInstant()
                    .plusSeconds(60L * order);
            String recordedBy = by != null ? by : history.recordedBy();
            pending.add(new Pending(new Step(label, command, recordedAt, recordedBy), recordedOn, order));
        }

        private <T> T required(T value, String where) {
            if (value == null) {
                throw problem(where, "is missing");
            }
            return value;
        }

        private DemoDataException problem(String where, String what) {
            return new DemoDataException(file + ": " + where + ": " + what);
        }
    }
}
