package dk.samskabelse.journal.query;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.query.declarations.DeclarationsProjector;
import dk.samskabelse.journal.query.engagements.EngagementsProjector;
import dk.samskabelse.journal.query.phases.PhasesProjector;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.Projector;
import dk.samskabelse.journal.query.roles.RolesProjector;
import dk.samskabelse.journal.query.summary.PortfolioProjector;
import dk.samskabelse.journal.query.timeline.TimelineProjector;
import dk.samskabelse.journal.query.typology.EnactedPlacement;
import dk.samskabelse.journal.query.typology.ProjectHistory;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Property: the projections do not depend on the order entries were recorded in (issue 12, "Order"). A random
 * history that is valid in date order (actors joining, shifting, adding and ending roles, withdrawing and
 * rejoining, engagements with co-initiators and attendance, phase changes with steps back, a closure and a
 * reopening, retractions) is fed to every projector twice: recorded in date order, and recorded in a random order
 * in which entries come later than entries dated after them (back-dated), keeping only what any recording must
 * keep (the start first, an actor's registration before the entries that name it, a retraction after its entry,
 * closures and reopenings in turn). Every projection row must be equal, except the recorded-time clock (sequence
 * number, recorded at/by, and the summary's "last recorded entry"); the typology's trajectory must be equal too.
 * <p>
 * The aggregate of this branch refuses some back-dated inserts that issue 12's write side will accept (branch
 * i12-write), so the events go to the projectors directly, each carrying its date. A seeded loop (no jqwik in the
 * build): {@code -Djournal.test.seed=S} repeats one history; the seed is in every failure message.
 */
class ShuffledOrderPropertyTest {

    static final String P = "p0000000-0000-4000-8000-000000000001";
    static final Set<String> RECORDED_CLOCK = Set.of(
            "sequenceNumber",
            "recordedAt",
            "recordedBy",
            "retractedAt",
            "lastEntryId",
            "lastEntryType",
            "lastEntryOn",
            "lastRecordedAt",
            "lastRecordedBy",
            // the projectors' own copies of their input facts carry sequence numbers; the rows derived from them
            // are compared
            "roleFacts",
            "phaseFacts");
    static final int HISTORIES = Integer.getInteger("journal.test.histories", 300);

    final List<Projector> projectors = List.of(
            new PortfolioProjector(),
            new RolesProjector(),
            new PhasesProjector(),
            new EngagementsProjector(),
            new TimelineProjector(),
            new DeclarationsProjector());

    @Test
    void projectionsAreTheSameWhateverTheRecordedOrder() {
        Long fixed = Long.getLong("journal.test.seed");
        long base = fixed != null ? fixed : new Random().nextLong();
        int runs = fixed != null ? 1 : HISTORIES;
        EnactedPlacement placement = new EnactedPlacement(new TypologyModelLoader().loadDefault());
        int backdated = 0;
        for (int run = 0; run < runs; run++) {
            long seed = base + run;
            try {
                Random random = new Random(seed);
                List<JournalEvent> dated = new HistoryGenerator(random).generate(20 + random.nextInt(60));
                List<JournalEvent> recorded = recordedOrder(dated, random);
                backdated += countBackdated(recorded);
                String context = "seed " + seed + "; recorded order: "
                        + recorded.stream()
                                .map(e -> e.getClass().getSimpleName() + "@" + e.effectiveOn())
                                .toList();
                Map<String, List<Map<String, Object>>> inDateOrder = project(dated);
                Map<String, List<Map<String, Object>>> shuffled = project(recorded);
                assertThat(shuffled).as(context).isEqualTo(inDateOrder);
                assertThat(placement.trajectory(ProjectHistory.of(recorded)))
                        .as(context)
                        .isEqualTo(placement.trajectory(ProjectHistory.of(dated)));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(
                        "History of seed " + seed + " (repeat it with -Djournal.test.seed=" + seed + "): "
                                + e.getMessage(),
                        e);
            }
        }
        // The property says nothing unless recorded orders really were shuffled.
        assertThat(backdated)
                .as("back-dated entries over all histories, base seed " + base)
                .isGreaterThan(runs);
    }

    /** Each projector's rows for the project, each row as its fields (without the recorded-time clock), sorted. */
    private Map<String, List<Map<String, Object>>> project(List<JournalEvent> events) {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        Instant clock = Instant.parse("2025-01-01T08:00:00Z");
        for (int i = 0; i < events.size(); i++) {
            EntryMeta meta = new EntryMeta(i, clock.plusSeconds(60L * i), "tester-" + (i % 3));
            for (Projector projector : projectors) {
                projector.apply(events.get(i), meta, store);
            }
        }
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (Projector projector : projectors) {
            for (Class<? extends ProjectRow> type : projector.rowTypes()) {
                tables.put(
                        type.getSimpleName(),
                        store.forProject(type, P).stream()
                                .map(ShuffledOrderPropertyTest::fields)
                                .sorted(Comparator.comparing(Object::toString))
                                .toList());
            }
        }
        return tables;
    }

    private static Map<String, Object> fields(Object row) {
        Map<String, Object> fields = new TreeMap<>();
        for (Class<?> c = row.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || RECORDED_CLOCK.contains(field.getName())) {
                    continue;
                }
                field.setAccessible(true);
                try {
                    fields.put(field.getName(), field.get(row));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return fields;
    }

    /**
     * A random order in which every entry comes after those it needs: the start; the registration of every actor
     * it names; the entry it retracts; the previous closure or reopening. Entries may come after later-dated ones.
     */
    static List<JournalEvent> recordedOrder(List<JournalEvent> dated, Random random) {
        Map<String, Integer> registrationOf = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        List<Set<Integer>> needs = new ArrayList<>();
        int lastStatus = -1;
        for (int i = 0; i < dated.size(); i++) {
            JournalEvent e = dated.get(i);
            indexOf.put(e.entryId(), i);
            Set<Integer> need = new HashSet<>();
            if (i > 0) {
                need.add(0);
            }
            for (String actor : HistoryGenerator.actorsNamed(e)) {
                Integer registration = registrationOf.get(actor);
                if (registration != null && registration != i) {
                    need.add(registration);
                }
            }
            if (e instanceof ActorRegistered r) {
                registrationOf.put(r.actorId(), i);
            }
            if (e instanceof EntryRetracted r) {
                need.add(indexOf.get(r.retractedEntryId()));
            }
            if (e instanceof ProjectClosed || e instanceof ProjectReopened) {
                if (lastStatus >= 0) {
                    need.add(lastStatus);
                }
                lastStatus = i;
            }
            needs.add(need);
        }
        List<JournalEvent> order = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        while (order.size() < dated.size()) {
            List<Integer> ready = new ArrayList<>();
            for (int i = 0; i < dated.size(); i++) {
                if (!done.contains(i) && done.containsAll(needs.get(i))) {
                    ready.add(i);
                }
            }
            // Mostly the earliest ready entry (a journal is mostly written in date order), sometimes any.
            int pick = random.nextInt(3) == 0 ? ready.get(random.nextInt(ready.size())) : ready.get(0);
            done.add(pick);
            order.add(dated.get(pick));
        }
        return order;
    }

    private static int countBackdated(List<JournalEvent> recorded) {
        int count = 0;
        LocalDate latest = LocalDate.MIN;
        for (JournalEvent e : recorded) {
            if (e.effectiveOn().isBefore(latest)) {
                count++;
            } else {
                latest = e.effectiveOn();
            }
        }
        return count;
    }

    /** Random histories that are valid in date order; every entry on a day of its own. */
    static final class HistoryGenerator {

        private static final List<Role> PUBLIC_ROLES = List.of(
                Role.BESLUTTENDE,
                Role.MAALSAETTENDE,
                Role.LIGEVAERDIG_DELTAGER,
                Role.FACILITATOR,
                Role.KONVENER,
                Role.KATALYSATOR);
        private static final List<Role> NON_PUBLIC_ROLES = List.of(
                Role.MODTAGER,
                Role.BRUGER,
                Role.MEDIMPLEMENTERENDE,
                Role.RESSOURCEPERSON,
                Role.FRIVILLIG,
                Role.MEDDESIGNER,
                Role.MEDPRODUCENT,
                Role.MEDINITIATIVTAGER);
        private static final List<ActorKind> KINDS = List.of(
                ActorKind.BORGER,
                ActorKind.FORENING,
                ActorKind.VIRKSOMHED,
                ActorKind.MEDARBEJDER,
                ActorKind.PROJEKTLEDER,
                ActorKind.CHEF);

        private final Random random;
        private final List<JournalEvent> events = new ArrayList<>();
        private final Map<String, ActorState> actors = new LinkedHashMap<>();
        private LocalDate day = LocalDate.of(2024, 1, 1);
        private int ids;
        private Phase phase = Phase.AFKLARING;
        private boolean closed;
        private boolean everClosed;

        private static final class ActorState {
            final ActorKind kind;
            final Set<Role> roles = new LinkedHashSet<>();
            boolean absent;
            /** The entry id of the actor's last role fact, and whether anything of the actor came after it. */
            String lastFact;

            JournalEvent lastFactEvent;

            ActorState(ActorKind kind) {
                this.kind = kind;
            }
        }

        HistoryGenerator(Random random) {
            this.random = random;
        }

        private String id(char prefix) {
            ids++;
            return String.format("%c0000000-0000-4000-8000-%012d", prefix, ids);
        }

        private LocalDate next() {
            day = day.plusDays(1 + random.nextInt(3));
            return day;
        }

        List<JournalEvent> generate(int size) {
            add(new ProjectStarted(
                    P,
                    id('e'),
                    next(),
                    "Projekt",
                    "Lejre",
                    Area.KULTUR_OG_FRITID,
                    "Formål",
                    random.nextBoolean() ? null : "c0000000-0000-4000-8000-000000000001"));
            register();
            while (events.size() < size) {
                if (closed) {
                    switch (random.nextInt(3)) {
                        case 0 -> add(new InsightRecorded(P, id('e'), next(), FocusPoint.FORANKRING, "Læring", true));
                        default -> {
                            closed = false;
                            add(new ProjectReopened(P, id('e'), next(), "Arbejdet gik videre", true));
                        }
                    }
                    continue;
                }
                switch (random.nextInt(13)) {
                    case 0, 1 -> register();
                    case 2 -> present().ifPresent(this::shift);
                    case 3 ->
                        present().filter(a -> actors.get(a).roles.size() < 3).ifPresent(this::addRole);
                    case 4 ->
                        present().filter(a -> actors.get(a).roles.size() > 1).ifPresent(this::endRole);
                    case 5 -> present().filter(a -> presentActors().size() > 1).ifPresent(this::withdraw);
                    case 6 -> absent().ifPresent(this::rejoin);
                    case 7, 8 -> engagement();
                    case 9 -> changePhase();
                    case 10 -> retract();
                    case 11 ->
                        add(new TypologyDeclared(
                                P,
                                id('e'),
                                next(),
                                random.nextDouble() * 2 - 1,
                                random.nextDouble() * 2 - 1,
                                "Begrundelse"));
                    default -> {
                        if (!everClosed && events.size() > size / 2) {
                            closed = true;
                            everClosed = true;
                            add(new ProjectClosed(P, id('e'), next(), "Lukket", true));
                        } else {
                            add(new InsightRecorded(P, id('e'), next(), FocusPoint.PROCES, "Indsigt", false));
                        }
                    }
                }
            }
            return List.copyOf(events);
        }

        private void add(JournalEvent event) {
            events.add(event);
        }

        private List<String> presentActors() {
            return actors.entrySet().stream()
                    .filter(e -> !e.getValue().absent)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        private java.util.Optional<String> present() {
            List<String> present = presentActors();
            return present.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(present.get(random.nextInt(present.size())));
        }

        private java.util.Optional<String> absent() {
            List<String> absent = actors.entrySet().stream()
                    .filter(e -> e.getValue().absent)
                    .map(Map.Entry::getKey)
                    .toList();
            return absent.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(absent.get(random.nextInt(absent.size())));
        }

        private Role otherRole(ActorState actor) {
            List<Role> pool = new ArrayList<>(actor.kind.sector() == Sector.PUBLIC ? PUBLIC_ROLES : NON_PUBLIC_ROLES);
            pool.removeAll(actor.roles);
            return pool.get(random.nextInt(pool.size()));
        }

        private void fact(String actorId, JournalEvent event) {
            ActorState actor = actors.get(actorId);
            actor.lastFact = event.entryId();
            actor.lastFactEvent = event;
            add(event);
        }

        private void register() {
            if (actors.size() >= 7) {
                return;
            }
            ActorKind kind = KINDS.get(random.nextInt(KINDS.size()));
            String actorId = id('a');
            ActorState actor = new ActorState(kind);
            actors.put(actorId, actor);
            Role role = otherRole(actor);
            actor.roles.add(role);
            fact(
                    actorId,
                    new ActorRegistered(
                            P,
                            id('e'),
                            next(),
                            actorId,
                            kind,
                            kind.sector(),
                            role,
                            kind == ActorKind.VIRKSOMHED && random.nextBoolean()));
        }

        private void shift(String actorId) {
            ActorState actor = actors.get(actorId);
            List<Role> held = List.copyOf(actor.roles);
            Role from = held.get(random.nextInt(held.size()));
            Role to = otherRole(actor);
            actor.roles.remove(from);
            actor.roles.add(to);
            fact(actorId, new RoleShifted(P, id('e'), next(), actorId, from, to, "Skift", random.nextBoolean()));
        }

        private void addRole(String actorId) {
            ActorState actor = actors.get(actorId);
            Role role = otherRole(actor);
            actor.roles.add(role);
            fact(actorId, new RoleAdded(P, id('e'), next(), actorId, role, "Dobbeltrolle", true));
        }

        private void endRole(String actorId) {
            ActorState actor = actors.get(actorId);
            List<Role> held = List.copyOf(actor.roles);
            Role role = held.get(random.nextInt(held.size()));
            actor.roles.remove(role);
            fact(actorId, new RoleEnded(P, id('e'), next(), actorId, role, null, false));
        }

        private final Map<String, List<Role>> heldAtWithdrawal = new LinkedHashMap<>();

        private void withdraw(String actorId) {
            ActorState actor = actors.get(actorId);
            heldAtWithdrawal.put(actorId, List.copyOf(actor.roles));
            actor.roles.clear();
            actor.absent = true;
            fact(actorId, new ActorWithdrawn(P, id('e'), next(), actorId, "Pause", false));
        }

        private void rejoin(String actorId) {
            ActorState actor = actors.get(actorId);
            List<Role> roles;
            if (random.nextBoolean()) {
                roles = List.of();
                actor.roles.addAll(heldAtWithdrawal.get(actorId));
            } else {
                Set<Role> chosen = new LinkedHashSet<>();
                chosen.add(otherRole(actor));
                if (random.nextBoolean()) {
                    ActorState probe = new ActorState(actor.kind);
                    probe.roles.addAll(chosen);
                    chosen.add(otherRole(probe));
                }
                roles = List.copyOf(chosen);
                actor.roles.addAll(roles);
            }
            actor.absent = false;
            fact(actorId, new ActorRejoined(P, id('e'), next(), actorId, roles, "Tilbage", true));
        }

        private void engagement() {
            List<String> present = new ArrayList<>(presentActors());
            if (present.isEmpty()) {
                return;
            }
            java.util.Collections.shuffle(present, random);
            int initiators = 1 + random.nextInt(Math.min(3, present.size()));
            List<Participation> participants = new ArrayList<>();
            for (String actor : present.subList(0, 1 + random.nextInt(present.size()))) {
                participants.add(
                        new Participation(actor, Influence.values()[random.nextInt(Influence.values().length)]));
            }
            List<Contribution> contributions = random.nextBoolean()
                    ? List.of()
                    : List.of(new Contribution(participants.get(0).actorId(), ContributionType.TID));
            List<Attendance> attendance = random.nextBoolean()
                    ? List.of()
                    : List.of(new Attendance(ActorKind.BORGER, random.nextInt(40)), new Attendance(null, 3));
            EngagementKind kind = EngagementKind.values()[random.nextInt(EngagementKind.values().length)];
            String entryId = id('e');
            add(new EngagementRecorded(
                    P,
                    entryId,
                    next(),
                    entryId,
                    kind,
                    "Møde",
                    present.get(0),
                    participants,
                    contributions,
                    "Noter",
                    random.nextBoolean(),
                    List.copyOf(present.subList(1, initiators)),
                    attendance));
        }

        private void changePhase() {
            EnumSet<Phase> others = EnumSet.allOf(Phase.class);
            others.remove(phase);
            List<Phase> pool = List.copyOf(others);
            Phase to = pool.get(random.nextInt(pool.size()));
            add(new PhaseChanged(P, id('e'), next(), phase, to, to.ordinal() < phase.ordinal(), "Note", true));
            phase = to;
        }

        /**
         * Retracts an entry whose retraction keeps the history valid: an engagement, an insight, a declaration,
         * or the last role fact of an actor (not its registration) when nothing of that actor follows it.
         */
        private void retract() {
            List<JournalEvent> candidates = new ArrayList<>();
            Set<String> retracted = new HashSet<>();
            events.stream()
                    .filter(EntryRetracted.class::isInstance)
                    .forEach(e -> retracted.add(((EntryRetracted) e).retractedEntryId()));
            for (JournalEvent e : events) {
                if (!retracted.contains(e.entryId())
                        && (e instanceof EngagementRecorded
                                || e instanceof InsightRecorded
                                || e instanceof TypologyDeclared)) {
                    candidates.add(e);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            JournalEvent target = candidates.get(random.nextInt(candidates.size()));
            add(new EntryRetracted(
                    P, id('e'), next(), target.entryId(), target.getClass().getSimpleName(), "Fejl", false));
        }

        /** The actors an entry names (whose registration it needs). */
        static List<String> actorsNamed(JournalEvent e) {
            if (e instanceof ActorRegistered r) {
                return List.of(r.actorId());
            } else if (e instanceof RoleShifted r) {
                return List.of(r.actorId());
            } else if (e instanceof RoleAdded r) {
                return List.of(r.actorId());
            } else if (e instanceof RoleEnded r) {
                return List.of(r.actorId());
            } else if (e instanceof ActorWithdrawn r) {
                return List.of(r.actorId());
            } else if (e instanceof ActorRejoined r) {
                return List.of(r.actorId());
            } else if (e instanceof EngagementRecorded r) {
                List<String> named = new ArrayList<>(r.initiators());
                r.participants().forEach(p -> named.add(p.actorId()));
                return named;
            }
            return List.of();
        }
    }
}
