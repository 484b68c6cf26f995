package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.typology.model.Signal;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.UnitOfRegistration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes the enacted placement of a project under a typology model (docs/domain.md "Evidence the enacted placement
 * uses"; the algorithm in words is in projections/README.md).
 *
 * At a date D the window holds the engagements dated in (D - windowDays, D]. The signals active at D are:
 * every actor active at D whose current role has a signal, weighted by signal weight × actor weight, where the
 * actor weight is the number of engagements in the window the actor took part in, but at least the model's
 * minimum; and for each engagement in the window the initiative signal of its initiator's sector, the signal of
 * its kind and the influence signal of each participant, each with its own signal weight. Each axis is the
 * weighted mean of the signals that touch it.
 *
 * Two optional parts of a model (issue 13): with unitOfRegistration SECTOR each sector is one party at the round
 * table (seed 001), so an actor's role weight is its share of its sector's weight and one engagement's influence
 * signals are shared within each sector; and a task-origin signal (Afklaring) counts at every date with a weight
 * relative to the role signals. A model without them computes as before.
 */
public final class EnactedPlacement {

    private final TypologyModel model;
    // The model's signals looked up once per enum value: a trajectory asks for them at every date.
    private final Map<Role, Optional<Signal>> roleSignals = new EnumMap<>(Role.class);
    private final Map<Sector, Optional<Signal>> initiativeSignals = new EnumMap<>(Sector.class);
    private final Map<EngagementKind, Optional<Signal>> kindSignals = new EnumMap<>(EngagementKind.class);
    private final Map<Sector, Map<Influence, Optional<Signal>>> influenceSignals = new EnumMap<>(Sector.class);

    public EnactedPlacement(TypologyModel model) {
        this.model = model;
        for (Role role : Role.values()) {
            roleSignals.put(role, model.roleSignal(role));
        }
        for (EngagementKind kind : EngagementKind.values()) {
            kindSignals.put(kind, model.engagementKindSignal(kind));
        }
        for (Sector sector : Sector.values()) {
            initiativeSignals.put(sector, model.initiativeSignal(sector));
            Map<Influence, Optional<Signal>> bySector = new EnumMap<>(Influence.class);
            for (Influence influence : Influence.values()) {
                bySector.put(influence, model.influenceSignal(sector, influence));
            }
            influenceSignals.put(sector, bySector);
        }
    }

    public TypologyModel model() {
        return model;
    }

    /** The enacted placement at a date, with the signals and sums it rests on. */
    public EnactedPoint at(ProjectHistory history, LocalDate date) {
        return at(history, new EngagementsByDate(history.engagements()), date, true);
    }

    private EnactedPoint at(
            ProjectHistory history, EngagementsByDate engagements, LocalDate date, boolean withSignals) {
        List<Engagement> window = engagements.window(date.minusDays(model.windowDays()), date);
        // How many of the window's engagements each actor took part in, counted once per engagement.
        Map<String, Long> engagedIn = new HashMap<>();
        for (Engagement engagement : window) {
            engagement.participants().stream()
                    .map(Participant::actorId)
                    .distinct()
                    .forEach(actorId -> engagedIn.merge(actorId, 1L, Long::sum));
        }

        boolean bySector = model.unitOfRegistration() == UnitOfRegistration.SECTOR;
        // SECTOR: each sector is one party at the round table (seed 001). Its weight is the number of the
        // window's engagements with at least one participant of the sector (at least the model's minimum); each
        // active actor of the sector gets the part of it its own weight is of the sector's summed actor weights.
        Map<Sector, BigDecimal> sectorWeight = new EnumMap<>(Sector.class);
        Map<Sector, BigDecimal> sectorActorWeights = new EnumMap<>(Sector.class);
        if (bySector) {
            for (Sector sector : Sector.values()) {
                long engagementsOfSector = window.stream()
                        .filter(engagement -> engagement.participants().stream()
                                .anyMatch(participant -> participant.sector() == sector))
                        .count();
                sectorWeight.put(sector, BigDecimal.valueOf(engagementsOfSector).max(model.minimumActorWeight()));
                sectorActorWeights.put(sector, BigDecimal.ZERO);
            }
            for (ActorHistory actor : history.actors()) {
                if (!actor.commercialSupplier() && !actor.rolesOn(date).isEmpty()) {
                    sectorActorWeights.merge(actor.sector(), actorWeight(actor, engagedIn), BigDecimal::add);
                }
            }
        }

        Evidence evidence = new Evidence(withSignals);
        BigDecimal roleWeight = BigDecimal.ZERO;
        for (ActorHistory actor : history.actors()) {
            // A commercial supplier gives no signal at all (seed 002 excludes "rent kommercielle relationer").
            if (actor.commercialSupplier()) {
                continue;
            }
            // Every role counts; an actor holding k roles gives each 1/k of its weight (a "dobbeltrolle" is one
            // actor, not two, seed 001). An absent actor holds none.
            List<Role> roles = actor.rolesOn(date);
            if (roles.isEmpty()) {
                continue;
            }
            BigDecimal actorWeight = actorWeight(actor, engagedIn);
            if (bySector) {
                BigDecimal summed = sectorActorWeights.get(actor.sector());
                actorWeight = summed.signum() == 0
                        ? BigDecimal.ZERO
                        : sectorWeight.get(actor.sector()).multiply(actorWeight).divide(summed, MathContext.DECIMAL64);
            }
            BigDecimal share = roles.size() <= 1
                    ? actorWeight
                    : actorWeight.divide(BigDecimal.valueOf(roles.size()), MathContext.DECIMAL64);
            for (Role role : roles) {
                Optional<Signal> signal = roleSignals.get(role);
                if (signal.isPresent()) {
                    BigDecimal weight = signal.get().weight().multiply(share);
                    if (evidence.add(
                            SignalKind.ROLE,
                            role.name(),
                            Optional.of(actor.actorId()),
                            Optional.empty(),
                            weight,
                            signal.get())) {
                        roleWeight = roleWeight.add(weight);
                    }
                }
            }
        }
        // The task's origin describes the project from its start, so it counts at every date. Its weight is
        // relative to the role evidence (seed 001: in Ligeværdig "det er stadig kommunen, der identificerer det
        // område", which weighs as much as who sits how at the table): the entry's weight × the summed weight of
        // the role signals at this date, at least 1.
        BigDecimal originWeight = roleWeight.max(BigDecimal.ONE);
        history.taskOrigin()
                .flatMap(model::taskOriginSignal)
                .ifPresent(signal -> evidence.add(
                        SignalKind.TASK_ORIGIN,
                        history.taskOrigin().get().name(),
                        Optional.empty(),
                        Optional.empty(),
                        signal.weight().multiply(originWeight),
                        signal));
        for (Engagement engagement : window) {
            Optional<String> engagementId = Optional.of(engagement.engagementId());
            // Several initiators split the initiative signal equally (joint initiatives, seed 002); a commercial
            // supplier's share gives no signal.
            int initiators = engagement.initiators().size();
            for (Engagement.Initiator initiator : engagement.initiators()) {
                initiator
                        .sector()
                        .ifPresent(sector -> initiativeSignals
                                .get(sector)
                                .ifPresent(signal -> evidence.add(
                                        SignalKind.INITIATIVE,
                                        sector.name(),
                                        Optional.ofNullable(initiator.actorId()),
                                        engagementId,
                                        initiators <= 1
                                                ? signal.weight()
                                                : signal.weight()
                                                        .divide(BigDecimal.valueOf(initiators), MathContext.DECIMAL64),
                                        signal)));
            }
            kindSignals
                    .get(engagement.kind())
                    .ifPresent(signal -> evidence.add(
                            SignalKind.ENGAGEMENT_KIND,
                            engagement.kind().name(),
                            Optional.empty(),
                            engagementId,
                            signal.weight(),
                            signal));
            // SECTOR: the influence signals of one engagement are shared among its participants of the same
            // sector, so one association for 40 citizens and the 40 citizens weigh the same.
            Map<Sector, Long> participantsOfSector = new EnumMap<>(Sector.class);
            engagement.participants().stream()
                    .map(Participant::sector)
                    .forEach(sector -> participantsOfSector.merge(sector, 1L, Long::sum));
            for (Participant participant : engagement.participants()) {
                influenceSignals
                        .get(participant.sector())
                        .get(participant.influence())
                        .ifPresent(signal -> evidence.add(
                                SignalKind.PARTICIPANT_INFLUENCE,
                                participant.sector().name() + " "
                                        + participant.influence().name(),
                                Optional.of(participant.actorId()),
                                engagementId,
                                bySector
                                        ? signal.weight()
                                                .divide(
                                                        BigDecimal.valueOf(
                                                                participantsOfSector.get(participant.sector())),
                                                        MathContext.DECIMAL64)
                                        : signal.weight(),
                                signal));
            }
        }

        Optional<TypologyPoint> point = evidence.openness.mean().isPresent()
                        && evidence.centrality.mean().isPresent()
                ? Optional.of(new TypologyPoint(
                        evidence.openness.mean().get().doubleValue(),
                        evidence.centrality.mean().get().doubleValue()))
                : Optional.empty();
        return new EnactedPoint(date, point, evidence.openness, evidence.centrality, evidence.signals);
    }

    /** An actor's own weight: the window's engagements it took part in, but at least the model's minimum. */
    private BigDecimal actorWeight(ActorHistory actor, Map<String, Long> engagedIn) {
        return BigDecimal.valueOf(engagedIn.getOrDefault(actor.actorId(), 0L)).max(model.minimumActorWeight());
    }

    /**
     * Every date on which the evidence changes, in order: an actor joins, shifts role or withdraws; an engagement
     * takes place; an engagement leaves the window (its date + windowDays, the first day it no longer counts).
     */
    public List<LocalDate> changeDates(ProjectHistory history) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (ActorHistory actor : history.actors()) {
            dates.add(actor.joinedOn());
            actor.roles().forEach(interval -> {
                dates.add(interval.from());
                interval.until().ifPresent(dates::add);
            });
            actor.withdrawnOn().ifPresent(dates::add);
        }
        for (Engagement engagement : history.engagements()) {
            dates.add(engagement.occurredOn());
            dates.add(engagement.occurredOn().plusDays(model.windowDays()));
        }
        return List.copyOf(dates);
    }

    /** The enacted placement at each change date, in date order. Between two dates the placement is constant. */
    public List<EnactedPoint> trajectory(ProjectHistory history) {
        EngagementsByDate engagements = new EngagementsByDate(history.engagements());
        return changeDates(history).stream()
                .map(date -> at(history, engagements, date, true))
                .toList();
    }

    /**
     * The trajectory up to a date, with each point's sums but without the list of signals behind it (a chart
     * needs the points; the evidence of one point is what at() gives), which spares most of the work.
     */
    public List<EnactedPoint> trajectoryUntil(ProjectHistory history, LocalDate until) {
        EngagementsByDate engagements = new EngagementsByDate(history.engagements());
        return changeDates(history).stream()
                .filter(date -> !date.isAfter(until))
                .map(date -> at(history, engagements, date, false))
                .toList();
    }

    /** Declared against enacted placement over the whole history. */
    public Drift drift(ProjectHistory history) {
        return Drift.between(history.declarations(), trajectory(history));
    }

    /**
     * The engagements sorted by date, so that a window is found by two binary searches instead of a pass over the
     * whole history for every date of a trajectory; a window keeps the engagements in the history's order.
     */
    private static final class EngagementsByDate {

        private final List<Engagement> byDate;
        private final Map<Engagement, Integer> position = new IdentityHashMap<>();

        EngagementsByDate(List<Engagement> engagements) {
            for (int i = 0; i < engagements.size(); i++) {
                position.put(engagements.get(i), i);
            }
            byDate = engagements.stream()
                    .sorted(Comparator.comparing(Engagement::occurredOn))
                    .toList();
        }

        /** Engagements dated in (opensAfter, closesOn], in the history's order. */
        List<Engagement> window(LocalDate opensAfter, LocalDate closesOn) {
            int from = firstAfter(opensAfter);
            int to = firstAfter(closesOn);
            if (from >= to) {
                return List.of();
            }
            List<Engagement> window = new ArrayList<>(byDate.subList(from, to));
            window.sort(Comparator.comparing(position::get));
            return window;
        }

        private int firstAfter(LocalDate date) {
            int low = 0;
            int high = byDate.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (byDate.get(middle).occurredOn().isAfter(date)) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return low;
        }
    }

    /** The signals of one point as they are added up: the two axes' sums, and the signals themselves if wanted. */
    private static final class Evidence {

        private final List<SignalContribution> signals = new ArrayList<>();
        private final boolean keepSignals;
        private AxisEvidence openness = AxisEvidence.NONE;
        private AxisEvidence centrality = AxisEvidence.NONE;

        Evidence(boolean keepSignals) {
            this.keepSignals = keepSignals;
        }

        /** Adds a signal; false when its weight is 0 (switched off). */
        boolean add(
                SignalKind kind,
                String key,
                Optional<String> actorId,
                Optional<String> engagementId,
                BigDecimal weight,
                Signal signal) {
            // A weight of 0 switches a signal off; it must not make an axis count as touched.
            if (weight.signum() <= 0) {
                return false;
            }
            if (signal.openness().isPresent()) {
                openness = openness.add(weight, signal.openness().get());
            }
            if (signal.centrality().isPresent()) {
                centrality = centrality.add(weight, signal.centrality().get());
            }
            if (keepSignals) {
                signals.add(new SignalContribution(
                        kind, key, actorId, engagementId, weight, signal.openness(), signal.centrality()));
            }
            return true;
        }
    }
}
