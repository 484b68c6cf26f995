package dk.samskabelse.journal.query.typology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Computes declared and enacted placements from a project's read-model rows (never from the event store per
 * request): the rows become the engine's ProjectHistory, which the model then weighs. Results for the rows "now"
 * are kept per project version, model and horizon (ViewCache, issue 14).
 */
@Service
public class TypologyService {

    private static final ObjectMapper PAYLOAD = JournalJson.mapper();

    private final ViewCache cache;

    public TypologyService(ViewCache cache) {
        this.cache = cache;
    }

    /**
     * horizon: the last date to show (today, or the asOf date of a time-travel question). Keyed by the model itself
     * (a record: two files with the same name and version but other weights are two keys).
     */
    public TypologyView view(ProjectData data, TypologyModel model, LocalDate horizon) {
        return cache.view(data, "typology", List.of(model, horizon), () -> compute(data, model, horizon));
    }

    private TypologyView compute(ProjectData data, TypologyModel model, LocalDate horizon) {
        ProjectHistory history = history(data);
        EnactedPlacement placement = new EnactedPlacement(model);
        LocalDate reference = referenceDate(data, horizon);
        // The trajectory also holds the days engagements will leave the window; those beyond the horizon (or
        // after closing) have not happened yet.
        List<EnactedPoint> trajectory = placement.trajectoryUntil(history, reference);
        Drift drift = Drift.between(history.declarations(), trajectory);
        Perspectives perspectives = Perspectives.on(history.declarations(), reference);
        return new TypologyView(
                model.name(),
                model.version(),
                history.ownDeclarations().stream()
                        .map(TypologyService::declared)
                        .toList(),
                trajectory.stream().map(TypologyService::point).toList(),
                point(placement.at(history, reference)),
                drift.samples().stream()
                        .map(s -> new TypologyView.Distance(
                                s.date(),
                                s.distance().isPresent() ? s.distance().getAsDouble() : null,
                                s.differentQuadrants()))
                        .toList(),
                drift.periods().stream()
                        .map(p -> new TypologyView.Divergence(
                                p.from(), p.until().orElse(null), p.declared(), p.enacted()))
                        .toList(),
                perspectives.placements().stream()
                        .map(TypologyService::declared)
                        .toList(),
                disagreement(perspectives));
    }

    /** The placements from every perspective in force on a date (issue 13), from the read-model rows. */
    public Perspectives perspectives(ProjectData data, LocalDate horizon) {
        return Perspectives.on(history(data).declarations(), referenceDate(data, horizon));
    }

    static TypologyView.Disagreement disagreement(Perspectives perspectives) {
        return new TypologyView.Disagreement(
                perspectives.placements().size(),
                perspectives.largest().map(Perspectives.Pair::distance).orElse(null),
                perspectives
                        .largest()
                        .map(p -> List.of(p.first().entryId(), p.second().entryId()))
                        .orElse(List.of()),
                perspectives.disagreeOnQuadrant(),
                List.copyOf(perspectives.quadrants()));
    }

    /** The enacted placement of a project at the horizon, or at its closing date if it closed before. */
    public EnactedPoint current(ProjectData data, TypologyModel model, LocalDate horizon) {
        return cache.view(
                data,
                "enacted",
                List.of(model, horizon),
                () -> new EnactedPlacement(model).at(history(data), referenceDate(data, horizon)));
    }

    /** The project's own latest declaration (CHEF, PROJEKTLEDER or not recorded): the one drift measures. */
    public Optional<DeclaredPlacement> currentDeclaration(ProjectData data) {
        return cache.view(data, "declaration", null, () -> {
            List<DeclaredPlacement> declarations = history(data).ownDeclarations();
            return declarations.isEmpty() ? Optional.empty() : Optional.of(declarations.get(declarations.size() - 1));
        });
    }

    /** A closed project is judged as it stood when it closed; an open one as it stands at the horizon. */
    private static LocalDate referenceDate(ProjectData data, LocalDate horizon) {
        LocalDate closedOn = data.summary().getClosedOn();
        return closedOn != null && closedOn.isBefore(horizon) ? closedOn : horizon;
    }

    public static ProjectHistory history(ProjectData data) {
        Map<String, ActorRow> actors =
                data.actors().stream().collect(Collectors.toMap(ActorRow::getActorId, Function.identity()));
        Map<String, List<RoleInterval>> intervals = data.roleIntervals().stream()
                .collect(Collectors.groupingBy(
                        dk.samskabelse.journal.query.roles.RoleInterval::getActorId,
                        Collectors.mapping(
                                row -> new RoleInterval(
                                        row.getRole(), row.getFromDate(), Optional.ofNullable(row.getToDate())),
                                Collectors.toList())));
        List<ActorHistory> actorHistories = data.actors().stream()
                .map(actor -> new ActorHistory(
                        actor.getActorId(),
                        actor.getKind(),
                        actor.getSector(),
                        actor.getJoinedOn(),
                        Optional.ofNullable(actor.getWithdrawnOn()),
                        intervals.getOrDefault(actor.getActorId(), List.of()),
                        actor.isCommercialSupplier()))
                .toList();
        List<Engagement> engagements = new ArrayList<>();
        for (EngagementRow row : data.engagements()) {
            List<Participant> participants = new ArrayList<>();
            for (Participation participation : row.getParticipants()) {
                ActorRow actor = actors.get(participation.actorId());
                // A commercial supplier gives no signal (seed 002, "rent kommercielle relationer").
                if (actor != null && !actor.isCommercialSupplier()) {
                    participants.add(
                            new Participant(participation.actorId(), actor.getSector(), participation.influence()));
                }
            }
            Function<String, Optional<Sector>> sectorOf = id -> Optional.ofNullable(actors.get(id))
                    .filter(actor -> !actor.isCommercialSupplier())
                    .map(ActorRow::getSector);
            List<Engagement.Initiator> initiators = row.getInitiatedBy() == null
                    ? List.of()
                    : row.getInitiators().stream()
                            .map(id -> new Engagement.Initiator(id, sectorOf.apply(id)))
                            .toList();
            engagements.add(new Engagement(
                    row.getEntryId(),
                    row.getOccurredOn(),
                    row.getKind(),
                    row.getInitiatedBy(),
                    sectorOf.apply(row.getInitiatedBy()),
                    participants,
                    initiators));
        }
        List<DeclaredPlacement> declarations = data.declarations().stream()
                .map(row -> new DeclaredPlacement(
                        row.getEntryId(),
                        row.getEffectiveOn(),
                        new TypologyPoint(row.getOpenness(), row.getCentrality()),
                        row.getRationale(),
                        row.getPerspective(),
                        row.getActorId()))
                .toList();
        return new ProjectHistory(actorHistories, engagements, declarations, taskOrigin(data.timeline()));
    }

    /**
     * The task's origin (Afklaring, ProjectClarified revision 2): the latest non-retracted clarification that
     * states one decides; the timeline is in effective-date order, entries of one date in stored order.
     */
    static Optional<TaskOrigin> taskOrigin(List<TimelineEntry> timeline) {
        TaskOrigin origin = null;
        for (TimelineEntry entry : timeline) {
            if (!EntryType.PROJECT_CLARIFIED.isStoredAs(entry.getType())
                    || entry.isRetracted()
                    || entry.getPayload() == null) {
                continue;
            }
            try {
                JsonNode stated = PAYLOAD.readTree(entry.getPayload()).get("taskOrigin");
                if (stated != null && stated.isTextual()) {
                    origin = TaskOrigin.valueOf(stated.asText());
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("Unreadable clarification " + entry.getEntryId(), e);
            }
        }
        return Optional.ofNullable(origin);
    }

    private static TypologyView.Declared declared(DeclaredPlacement d) {
        return new TypologyView.Declared(
                d.entryId(),
                d.effectiveOn(),
                d.point().openness(),
                d.point().centrality(),
                d.point().quadrant(),
                d.point().borderline(),
                d.rationale(),
                d.perspective(),
                d.actorId());
    }

    static TypologyView.Point point(EnactedPoint p) {
        return new TypologyView.Point(
                p.date(),
                p.point().map(TypologyPoint::openness).orElse(null),
                p.point().map(TypologyPoint::centrality).orElse(null),
                p.point().map(TypologyPoint::quadrant).orElse(null),
                p.point().map(TypologyPoint::borderline).orElse(null),
                p.openness().totalWeight(),
                p.centrality().totalWeight());
    }
}
