package dk.samskabelse.journal.support;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A long random but valid journal over several projects, sent through the command gateway. Every command is one
 * the aggregate accepts: the generator keeps its own copy of what command.Project's rules depend on (phases,
 * actors with their role spans and withdrawal, which entries name which actor, what is retracted) and only
 * chooses commands those rules allow. All dates lie before today, so the real clock can be used. The same seed
 * and size always send the same commands in the same order; a refused command fails the run with the seed in
 * the caller's log.
 */
public final class RandomJournal {

    /** What was sent: the projects, event counts by type, and some features worth knowing were exercised. */
    public record Summary(
            List<String> projectIds,
            Map<String, Integer> eventTypes,
            Map<String, Integer> retracted,
            int backdatedEngagements,
            int phaseStepsBack,
            int closedProjects) {

        public int events() {
            return eventTypes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private enum Action {
        REGISTER,
        SHIFT_ROLE,
        ENGAGEMENT,
        CHANGE_PHASE,
        DECLARE,
        CLARIFY,
        COURSE_CORRECTION,
        INSIGHT,
        WITHDRAW,
        RETRACT
    }

    /** Relative frequencies; engagements dominate, as in a real journal. */
    private static final Map<Action, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put(Action.REGISTER, 7);
        WEIGHTS.put(Action.SHIFT_ROLE, 14);
        WEIGHTS.put(Action.ENGAGEMENT, 36);
        WEIGHTS.put(Action.CHANGE_PHASE, 7);
        WEIGHTS.put(Action.DECLARE, 4);
        WEIGHTS.put(Action.CLARIFY, 2);
        WEIGHTS.put(Action.COURSE_CORRECTION, 3);
        WEIGHTS.put(Action.INSIGHT, 3);
        WEIGHTS.put(Action.WITHDRAW, 5);
        WEIGHTS.put(Action.RETRACT, 10);
    }

    private record RoleSpan(String entryId, Role role, LocalDate since) {}

    private record PhaseSpan(String entryId, Phase phase, LocalDate since) {}

    private static final class Entry {
        final String type;
        final Set<String> actorIds;
        boolean retracted;

        Entry(String type, Set<String> actorIds) {
            this.type = type;
            this.actorIds = actorIds;
        }
    }

    private static final class Actor {
        final String actorId;
        final ActorKind kind;
        final LocalDate joinedOn;
        final List<RoleSpan> roles = new ArrayList<>();
        String withdrawalEntryId;
        LocalDate withdrawnOn;
        /** The latest day the actor takes part in an engagement: a withdrawal comes after it (issue 12). */
        LocalDate lastEngaged;

        Actor(String actorId, String entryId, ActorKind kind, Role role, LocalDate joinedOn) {
            this.actorId = actorId;
            this.kind = kind;
            this.joinedOn = joinedOn;
            roles.add(new RoleSpan(entryId, role, joinedOn));
        }

        RoleSpan latest() {
            return roles.get(roles.size() - 1);
        }

        boolean withdrawn() {
            return withdrawalEntryId != null;
        }

        boolean activeOn(LocalDate date) {
            return !date.isBefore(joinedOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
        }
    }

    /** One project as the aggregate sees it. */
    private static final class Project {
        final String projectId;
        final LocalDate startedOn;
        LocalDate today;
        LocalDate latestEngagement;
        int remaining;
        boolean started;
        boolean closed;
        final List<PhaseSpan> phases = new ArrayList<>();
        final Map<String, Entry> entries = new LinkedHashMap<>();
        final Map<String, Actor> actors = new LinkedHashMap<>();

        Project(String projectId, LocalDate startedOn, int budget) {
            this.projectId = projectId;
            this.startedOn = startedOn;
            this.today = startedOn;
            this.remaining = budget;
        }

        List<Actor> present() {
            return actors.values().stream().filter(actor -> !actor.withdrawn()).toList();
        }

        PhaseSpan phase() {
            return phases.get(phases.size() - 1);
        }
    }

    private final CommandGateway commands;
    private final Random random;
    private final LocalDate lastDay;
    private final Map<String, Integer> eventTypes = new TreeMap<>();
    private final Map<String, Integer> retracted = new TreeMap<>();
    private int backdated;
    private int stepsBack;
    private int closedProjects;
    private int names;

    private RandomJournal(CommandGateway commands, long seed, LocalDate today) {
        this.commands = commands;
        this.random = new Random(seed);
        this.lastDay = today.minusDays(1);
    }

    /** Sends exactly {@code events} commands (each gives one event) over events / 250 projects (at least 3). */
    public static Summary send(CommandGateway commands, long seed, int events, LocalDate today) {
        return new RandomJournal(commands, seed, today).run(events);
    }

    private Summary run(int events) {
        int projectCount = Math.max(3, Math.min(60, events / 250));
        if (events < projectCount) {
            throw new IllegalArgumentException("At least " + projectCount + " events, one start per project");
        }
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < projectCount; i++) {
            // Started 6 to 12 years ago: a project's days advance by 0-2 per entry and never reach today.
            LocalDate startedOn = lastDay.minusDays(6 * 365 + random.nextInt(6 * 365));
            projects.add(new Project(id(), startedOn, events / projectCount + (i < events % projectCount ? 1 : 0)));
        }
        List<Project> open = new ArrayList<>(projects);
        while (!open.isEmpty()) {
            Project project = open.get(random.nextInt(open.size()));
            step(project);
            project.remaining--;
            if (project.remaining == 0) {
                open.remove(project);
            }
        }
        return new Summary(
                projects.stream().map(p -> p.projectId).toList(),
                eventTypes,
                retracted,
                backdated,
                stepsBack,
                closedProjects);
    }

    private void step(Project p) {
        if (!p.started) {
            start(p);
            return;
        }
        p.today = min(lastDay, p.today.plusDays(random.nextInt(3)));
        // A third of the projects end closed (the first one to finish always does).
        if (p.remaining == 1 && (random.nextInt(3) == 0 || closedProjects == 0)) {
            close(p);
            return;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            if (attempt(p, p.present().size() < 3 ? Action.REGISTER : pick())) {
                return;
            }
        }
        insight(p);
    }

    private Action pick() {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<Action, Integer> weight : WEIGHTS.entrySet()) {
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private boolean attempt(Project p, Action action) {
        return switch (action) {
            case REGISTER -> register(p);
            case SHIFT_ROLE -> shiftRole(p);
            case ENGAGEMENT -> engagement(p);
            case CHANGE_PHASE -> changePhase(p);
            case DECLARE -> declare(p);
            case CLARIFY -> clarify(p);
            case COURSE_CORRECTION -> courseCorrection(p);
            case INSIGHT -> insight(p);
            case WITHDRAW -> withdraw(p);
            case RETRACT -> retract(p);
        };
    }

    // --- the commands, each followed by what the aggregate's event sourcing handler does ---

    private void start(Project p) {
        String entryId = id();
        send(
                new StartProject(
                        p.projectId,
                        entryId,
                        "Projekt " + p.projectId.substring(0, 8) + " «Fælles rum»",
                        pick(List.of("Næstved", "Viborg", "Holstebro", "Odense", "Lejre", "Aarhus")),
                        pick(Area.values()),
                        "Formål med \"citater\", æøå og\nlinjeskift",
                        p.startedOn),
                "ProjectStarted");
        p.started = true;
        p.phases.add(new PhaseSpan(entryId, Phase.AFKLARING, p.startedOn));
        remember(p, entryId, "ProjectStarted", Set.of());
    }

    private boolean register(Project p) {
        ActorKind kind = pick(ActorKind.values());
        Role role = pick(Role.rolesFor(kind).toArray(Role[]::new));
        // Mostly registered on the day; sometimes later for an earlier date (backdated joining).
        LocalDate joinedOn = random.nextInt(4) == 0 ? between(p.startedOn, p.today) : p.today;
        String actorId = id();
        String entryId = id();
        send(
                new RegisterActor(
                        p.projectId,
                        entryId,
                        actorId,
                        kind,
                        role,
                        joinedOn,
                        new ActorPersonalData(
                                "Aktør " + ++names + " Ærøskøbing",
                                null,
                                random.nextBoolean() ? "aktoer" + names + "@example.dk" : null)),
                "ActorRegistered");
        p.actors.put(actorId, new Actor(actorId, entryId, kind, role, joinedOn));
        remember(p, entryId, "ActorRegistered", Set.of(actorId));
        return true;
    }

    private boolean shiftRole(Project p) {
        List<Actor> present = p.present();
        if (present.isEmpty()) {
            return false;
        }
        Actor actor = pick(present);
        List<Role> roles = new ArrayList<>(Role.rolesFor(actor.kind));
        roles.remove(actor.latest().role());
        Role role = pick(roles);
        // Not before the actor's latest role change; now and then on the very same day.
        LocalDate on = random.nextInt(3) == 0 ? between(actor.latest().since(), p.today) : p.today;
        String entryId = id();
        send(
                new ShiftRole(
                        p.projectId,
                        entryId,
                        actor.actorId,
                        role,
                        on,
                        random.nextBoolean() ? "Ny rolle: " + role : null,
                        random.nextBoolean()),
                "RoleShifted");
        actor.roles.add(new RoleSpan(entryId, role, on));
        remember(p, entryId, "RoleShifted", Set.of(actor.actorId));
        return true;
    }

    private boolean engagement(Project p) {
        // A quarter are recorded late, for any earlier day of the project.
        boolean late = random.nextInt(4) == 0;
        LocalDate on = late ? between(p.startedOn, p.today) : max(p.startedOn, p.today.minusDays(random.nextInt(3)));
        List<Actor> active = new ArrayList<>(
                p.actors.values().stream().filter(a -> a.activeOn(on)).toList());
        if (active.isEmpty()) {
            return false;
        }
        Collections.shuffle(active, random);
        List<Actor> taking = active.subList(0, 1 + random.nextInt(Math.min(6, active.size())));
        List<Participation> participants = taking.stream()
                .map(actor -> new Participation(actor.actorId, pick(Influence.values())))
                .toList();
        List<Contribution> contributions = new ArrayList<>();
        for (Actor actor : taking) {
            if (random.nextInt(3) == 0) {
                contributions.add(new Contribution(actor.actorId, pick(ContributionType.values())));
            }
        }
        Actor initiator = random.nextInt(4) == 0 ? pick(active) : taking.get(0);
        EngagementKind kind = pick(EngagementKind.values());
        String entryId = id();
        send(
                new RecordEngagement(
                        p.projectId,
                        entryId,
                        kind,
                        kind + " " + on + " – «" + names + "»",
                        on,
                        initiator.actorId,
                        participants,
                        contributions,
                        random.nextBoolean() ? "Noter: " + entryId : null,
                        random.nextBoolean()),
                "EngagementRecorded");
        if (p.latestEngagement != null && on.isBefore(p.latestEngagement)) {
            backdated++;
        }
        p.latestEngagement = p.latestEngagement == null ? on : max(p.latestEngagement, on);
        Set<String> involved = new HashSet<>();
        involved.add(initiator.actorId);
        taking.forEach(actor -> involved.add(actor.actorId));
        for (String actorId : involved) {
            Actor actor = p.actors.get(actorId);
            actor.lastEngaged = actor.lastEngaged == null ? on : max(actor.lastEngaged, on);
        }
        remember(p, entryId, "EngagementRecorded", involved);
        return true;
    }

    private boolean changePhase(Project p) {
        PhaseSpan current = p.phase();
        List<Phase> others = new ArrayList<>(List.of(Phase.values()));
        others.remove(current.phase());
        // Usually onwards to the next phase, sometimes a step back or a jump.
        Phase next = current.phase().ordinal() < 3 && random.nextInt(3) > 0
                ? Phase.values()[current.phase().ordinal() + 1]
                : pick(others);
        LocalDate on = random.nextInt(3) == 0 ? between(current.since(), p.today) : p.today;
        String entryId = id();
        send(
                new ChangePhase(
                        p.projectId,
                        entryId,
                        next,
                        on,
                        random.nextBoolean() ? "Videre til " + next : null,
                        random.nextBoolean()),
                "PhaseChanged");
        if (next.isBefore(current.phase())) {
            stepsBack++;
        }
        p.phases.add(new PhaseSpan(entryId, next, on));
        remember(p, entryId, "PhaseChanged", Set.of());
        return true;
    }

    private boolean declare(Project p) {
        LocalDate on = random.nextBoolean() ? p.today : between(p.startedOn, p.today);
        String entryId = id();
        send(
                new DeclareTypology(p.projectId, entryId, on, axis(), axis(), "Begrundelse " + entryId),
                "TypologyDeclared");
        remember(p, entryId, "TypologyDeclared", Set.of());
        return true;
    }

    private boolean clarify(Project p) {
        String entryId = id();
        List<String> criteria = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            criteria.add("Kriterium " + (i + 1) + ": " + random.nextInt(100) + " borgere deltager");
        }
        send(
                new ClarifyProject(
                        p.projectId,
                        entryId,
                        between(p.startedOn, p.today),
                        criteria,
                        subset(BottomLine.values()),
                        subset(CoCreationScope.values()),
                        "Motivation",
                        random.nextBoolean() ? "Byrådet har besluttet det" : null,
                        "Foreningen",
                        null),
                "ProjectClarified");
        remember(p, entryId, "ProjectClarified", Set.of());
        return true;
    }

    private boolean courseCorrection(Project p) {
        String entryId = id();
        send(
                new RecordCourseCorrection(
                        p.projectId,
                        entryId,
                        p.today,
                        "Fælles mål for alle spor",
                        "Direktionen ønsker fælles retning",
                        subset(CourseCorrectionScope.values()),
                        random.nextBoolean()),
                "CourseCorrected");
        remember(p, entryId, "CourseCorrected", Set.of());
        return true;
    }

    private boolean insight(Project p) {
        String entryId = id();
        send(
                new RecordInsight(
                        p.projectId,
                        entryId,
                        p.today,
                        pick(FocusPoint.values()),
                        "Rollerne blev jævnbyrdige (" + entryId + ")",
                        random.nextBoolean()),
                "InsightRecorded");
        remember(p, entryId, "InsightRecorded", Set.of());
        return true;
    }

    private boolean withdraw(Project p) {
        List<Actor> present = p.present();
        if (present.size() <= 3) {
            return false;
        }
        Actor actor = pick(present);
        LocalDate earliest = actor.lastEngaged == null
                ? actor.latest().since()
                : max(actor.latest().since(), actor.lastEngaged.plusDays(1));
        if (earliest.isAfter(p.today)) {
            return false;
        }
        LocalDate on = random.nextBoolean() ? p.today : between(earliest, p.today);
        String entryId = id();
        send(
                new WithdrawActor(
                        p.projectId,
                        entryId,
                        actor.actorId,
                        on,
                        random.nextBoolean() ? "Flyttet" : null,
                        random.nextBoolean()),
                "ActorWithdrawn");
        actor.withdrawalEntryId = entryId;
        actor.withdrawnOn = on;
        remember(p, entryId, "ActorWithdrawn", Set.of(actor.actorId));
        return true;
    }

    /**
     * Retracts an entry the aggregate lets go: a role shift only if it is the actor's latest, a phase change only
     * if it is the latest, a registration only if no other standing entry names the actor. The type is chosen
     * first, so that the rare kinds (registrations, phase changes) are retracted as often as engagements.
     */
    private boolean retract(Project p) {
        Map<String, List<String>> candidates = new TreeMap<>();
        for (Map.Entry<String, Entry> e : p.entries.entrySet()) {
            String entryId = e.getKey();
            Entry entry = e.getValue();
            if (entry.retracted || !retractable(p, entryId, entry)) {
                continue;
            }
            candidates.computeIfAbsent(entry.type, type -> new ArrayList<>()).add(entryId);
        }
        if (candidates.isEmpty()) {
            return false;
        }
        String type = pick(new ArrayList<>(candidates.keySet()));
        String target = pick(candidates.get(type));
        String entryId = id();
        send(
                new RetractEntry(p.projectId, entryId, target, p.today, "Fejlregistrering", random.nextBoolean()),
                "EntryRetracted");
        retracted.merge(type, 1, Integer::sum);
        Entry entry = p.entries.get(target);
        entry.retracted = true;
        switch (type) {
            case "ActorRegistered" -> p.actors.remove(entry.actorIds.iterator().next());
            case "RoleShifted" -> {
                Actor actor = p.actors.get(entry.actorIds.iterator().next());
                actor.roles.remove(actor.roles.size() - 1);
            }
            case "ActorWithdrawn" -> {
                Actor actor = p.actors.get(entry.actorIds.iterator().next());
                actor.withdrawalEntryId = null;
                actor.withdrawnOn = null;
            }
            case "PhaseChanged" -> p.phases.remove(p.phases.size() - 1);
            default -> {}
        }
        remember(p, entryId, "EntryRetracted", Set.of());
        return true;
    }

    private static boolean retractable(Project p, String entryId, Entry entry) {
        return switch (entry.type) {
            case "ProjectStarted", "EntryRetracted", "ProjectClosed" -> false;
            case "RoleShifted" -> {
                Actor actor = p.actors.get(entry.actorIds.iterator().next());
                yield actor != null && actor.latest().entryId().equals(entryId);
            }
            case "PhaseChanged" -> p.phase().entryId().equals(entryId);
            case "ActorRegistered" -> {
                String actorId = entry.actorIds.iterator().next();
                yield p.entries.entrySet().stream()
                        .noneMatch(other -> !other.getKey().equals(entryId)
                                && !other.getValue().retracted
                                && other.getValue().actorIds.contains(actorId));
            }
            default -> true;
        };
    }

    private void close(Project p) {
        String entryId = id();
        send(new CloseProject(p.projectId, entryId, p.today, "Afsluttet", random.nextBoolean()), "ProjectClosed");
        p.closed = true;
        closedProjects++;
        remember(p, entryId, "ProjectClosed", Set.of());
    }

    // --- helpers ---

    private void send(Object command, String eventType) {
        commands.sendAndWait(command);
        eventTypes.merge(eventType, 1, Integer::sum);
    }

    private static void remember(Project p, String entryId, String type, Set<String> actorIds) {
        p.entries.put(entryId, new Entry(type, Set.copyOf(actorIds)));
    }

    /** A random but well-formed (version 4) UUID from the seeded generator. */
    private String id() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** A value on a typology axis: the ends and the middle now and then, else three decimals. */
    private double axis() {
        return switch (random.nextInt(10)) {
            case 0 -> -1.0;
            case 1 -> 1.0;
            case 2 -> 0.0;
            default -> Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
        };
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> List<T> subset(T[] values) {
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (random.nextInt(3) == 0) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
