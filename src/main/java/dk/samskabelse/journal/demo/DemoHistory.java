package dk.samskabelse.journal.demo;

import com.fasterxml.jackson.annotation.JsonProperty;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TaskOrigin;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One demo history as written in a data file under src/main/resources/demo/: the project, its actors and its
 * journal entries in the words of the API. `key` is the stable name every id of the history is derived from;
 * `recordedBy` and `recordedAfterDays` say who wrote the entries and how many days after they happened, unless
 * an entry says otherwise (`by`, `recorded`).
 * <p>
 * Demo honesty (issue 13): `seedFile` names the seed the history is built around; the project, every actor and
 * every entry may cite the passage it rests on (`seed`, in that file unless the item names another `seedFile`).
 * An item without `seed` is invented. The citations are kept beside the events (DemoSources), never in them.
 */
public record DemoHistory(
        String key,
        String recordedBy,
        Integer recordedAfterDays,
        Project project,
        List<Actor> actors,
        List<Entry> journal,
        String seedFile) {

    public DemoHistory(
            String key,
            String recordedBy,
            Integer recordedAfterDays,
            Project project,
            List<Actor> actors,
            List<Entry> journal) {
        this(key, recordedBy, recordedAfterDays, project, actors, journal, null);
    }

    public record Project(
            String name,
            String municipality,
            Area area,
            String purpose,
            LocalDate startedOn,
            LocalDate recorded,
            String by,
            String seed,
            String seedFile) {
        public Project(
                String name,
                String municipality,
                Area area,
                String purpose,
                LocalDate startedOn,
                LocalDate recorded,
                String by) {
            this(name, municipality, area, purpose, startedOn, recorded, by, null, null);
        }
    }

    /**
     * `name` is an invented first name and initial; `organisation` says whom or what the person stands for;
     * `commercialSupplier` marks a paid supplier (seed 002 excludes "rent kommercielle relationer").
     */
    public record Actor(
            String key,
            String name,
            ActorKind kind,
            Role role,
            String organisation,
            LocalDate joinedOn,
            LocalDate recorded,
            String by,
            Boolean commercialSupplier,
            String seed,
            String seedFile) {
        public Actor(
                String key,
                String name,
                ActorKind kind,
                Role role,
                String organisation,
                LocalDate joinedOn,
                LocalDate recorded,
                String by) {
            this(key, name, kind, role, organisation, joinedOn, recorded, by, null, null, null);
        }
    }

    /**
     * One journal entry: its effective `date`, optionally when it was `recorded` (a backdated entry) and `by`
     * whom, an `id` when a later entry refers to it, and exactly one of the entry kinds.
     */
    public record Entry(
            String id,
            LocalDate date,
            LocalDate recorded,
            String by,
            Boolean shareable,
            Clarification clarify,
            Declaration declare,
            Engagement engagement,
            RoleShift shift,
            Withdrawal withdraw,
            PhaseChange phase,
            CourseCorrection correction,
            Insight insight,
            Retraction retract,
            Closure close,
            RoleChange addRole,
            RoleChange endRole,
            Rejoin rejoin,
            Reopening reopen,
            Planning planning,
            Leadership leadership,
            Reflection reflection,
            String seed,
            String seedFile) {

        public Entry(
                String id,
                LocalDate date,
                LocalDate recorded,
                String by,
                Boolean shareable,
                Clarification clarify,
                Declaration declare,
                Engagement engagement,
                RoleShift shift,
                Withdrawal withdraw,
                PhaseChange phase,
                CourseCorrection correction,
                Insight insight,
                Retraction retract,
                Closure close) {
            this(
                    id,
                    date,
                    recorded,
                    by,
                    shareable,
                    clarify,
                    declare,
                    engagement,
                    shift,
                    withdraw,
                    phase,
                    correction,
                    insight,
                    retract,
                    close,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        List<Record> kinds() {
            return Stream.<Record>of(
                            clarify,
                            declare,
                            engagement,
                            shift,
                            withdraw,
                            phase,
                            correction,
                            insight,
                            retract,
                            close,
                            addRole,
                            endRole,
                            rejoin,
                            reopen,
                            planning,
                            leadership,
                            reflection)
                    .filter(Objects::nonNull)
                    .toList();
        }
    }

    /** Seed 002, Afklaring: `taskOrigin` where the task came from, the partner organisations, the target groups. */
    public record Clarification(
            List<String> successCriteria,
            List<BottomLine> expectedBottomLines,
            List<CoCreationScope> coCreationScope,
            String motivation,
            String democraticLegitimacy,
            String ownership,
            String organisationalReadiness,
            TaskOrigin taskOrigin,
            List<String> partnerOrganisations,
            List<TargetGroup> targetGroups) {}

    public record Declaration(double openness, double centrality, String rationale) {}

    /**
     * participants: actor key to influence; contributions: actor key to what the actor brought; coInitiators: the
     * keys of the actors that took the initiative together with initiatedBy; attendance: how many took part beyond
     * the participants, by actor kind where known.
     */
    public record Engagement(
            EngagementKind kind,
            String title,
            String initiatedBy,
            Map<String, Influence> participants,
            Map<String, List<ContributionType>> contributions,
            String notes,
            List<String> coInitiators,
            List<Attendance> attendance) {
        public Engagement(
                EngagementKind kind,
                String title,
                String initiatedBy,
                Map<String, Influence> participants,
                Map<String, List<ContributionType>> contributions,
                String notes) {
            this(kind, title, initiatedBy, participants, contributions, notes, null, null);
        }
    }

    /** from: the role the new one replaces, needed when the actor holds several. */
    public record RoleShift(String actor, Role role, String reason, Role from) {}

    /** A role added beside the others (addRole) or one of several ended (endRole). */
    public record RoleChange(String actor, Role role, String reason) {}

    /** roles: empty or missing for the roles held at the withdrawal. */
    public record Rejoin(String actor, List<Role> roles, String reason) {}

    public record Reopening(String reason) {}

    /** Phase 2A Planlægning by seed 002's focus points. */
    public record Planning(
            String fixedFrame,
            String elasticFrame,
            String timeFrame,
            String unpredictability,
            String communication,
            String recruitment,
            Influence intendedInfluence,
            String involvementMethods,
            String processDesign) {}

    /** A chef's leadership action (seed 002's directions, seed 004's acts); actor: the key of the acting actor. */
    public record Leadership(
            LeadershipDirection direction, LeadershipAct act, String actor, String action, String reason) {}

    /** The chef's reflection on their own role; actor: the key of the reflecting actor, if registered. */
    public record Reflection(String actor, String text) {}

    public record Withdrawal(String actor, String reason) {}

    public record PhaseChange(@JsonProperty("to") Phase to, String note) {}

    public record CourseCorrection(String decision, String reason, List<CourseCorrectionScope> affects) {}

    public record Insight(FocusPoint focus, String text) {}

    /** entry: the `id` of the entry that is retracted. */
    public record Retraction(String entry, String reason) {}

    public record Closure(String note) {}
}
