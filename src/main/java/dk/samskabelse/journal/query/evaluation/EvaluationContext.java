package dk.samskabelse.journal.query.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Evidence;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.SignalContribution;
import dk.samskabelse.journal.query.typology.SignalKind;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every evaluation section reads of one project, read once: the project's rows, its typology view, the
 * entries the evaluation quotes (clarifications, course corrections, insights, withdrawals) and the lookups that
 * find the evidence behind a statement. Only entries that were not retracted count.
 */
final class EvaluationContext {

    private static final ObjectMapper JSON = JournalJson.mapper();

    private final ProjectData data;
    private final TypologyView typology;
    private final EnactedPoint enactedNow;
    private final int windowDays;
    private final Function<String, String> names;
    private final Map<String, ActorRow> actors;
    private final Map<String, List<RoleInterval>> intervals;
    private final List<ProjectClarified> clarifications = new ArrayList<>();
    private final List<CourseCorrected> corrections = new ArrayList<>();
    private final List<InsightRecorded> insights = new ArrayList<>();
    private final Map<String, ActorWithdrawn> withdrawals = new LinkedHashMap<>();
    private final Map<String, Evidence> evidence = new LinkedHashMap<>();

    /** enactedNow: the enacted placement at the horizon with its signals; windowDays: the model's window. */
    EvaluationContext(
            ProjectData data,
            TypologyView typology,
            EnactedPoint enactedNow,
            int windowDays,
            Function<String, String> names) {
        this.data = data;
        this.typology = typology;
        this.enactedNow = enactedNow;
        this.windowDays = windowDays;
        this.names = names;
        this.actors = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.intervals = data.roleIntervals().stream()
                .collect(Collectors.groupingBy(RoleInterval::getActorId, LinkedHashMap::new, Collectors.toList()));
        for (TimelineEntry entry : data.timeline()) {
            if (entry.isRetracted()) {
                continue;
            }
            evidence.put(entry.getEntryId(), new Evidence(entry.getEntryId(), entry.getType(), entry.getEffectiveOn()));
            EntryType type = EntryType.fromStoredName(entry.getType()).orElse(null);
            if (type == null) {
                continue;
            }
            switch (type) {
                case PROJECT_CLARIFIED -> clarifications.add(read(entry, ProjectClarified.class));
                case COURSE_CORRECTED -> corrections.add(read(entry, CourseCorrected.class));
                case INSIGHT_RECORDED -> insights.add(read(entry, InsightRecorded.class));
                case ACTOR_WITHDRAWN -> {
                    ActorWithdrawn withdrawn = read(entry, ActorWithdrawn.class);
                    withdrawals.put(withdrawn.actorId(), withdrawn);
                }
                default -> {}
            }
        }
    }

    ProjectData data() {
        return data;
    }

    TypologyView typology() {
        return typology;
    }

    /** The name an actor is shown by (a research pseudonym for a researcher). */
    String name(String actorId) {
        return names.apply(actorId);
    }

    /** The project's actors by id, in registration order. */
    Map<String, ActorRow> actors() {
        return actors;
    }

    /** An actor's role intervals, in effective order; empty for an actor without roles. */
    List<RoleInterval> intervals(String actorId) {
        return intervals.getOrDefault(actorId, List.of());
    }

    List<ProjectClarified> clarifications() {
        return clarifications;
    }

    List<InsightRecorded> insights() {
        return insights;
    }

    Optional<ActorWithdrawn> withdrawal(String actorId) {
        return Optional.ofNullable(withdrawals.get(actorId));
    }

    /** The entry a statement cites, if it is in the journal and not retracted. */
    Optional<Evidence> evidence(String entryId) {
        return Optional.ofNullable(evidence.get(entryId));
    }

    // --- Evidence lookups.

    Optional<ProjectClarified> latestClarification() {
        return clarifications.stream().max(Comparator.comparing(ProjectClarified::effectiveOn));
    }

    List<CourseCorrected> sortedCorrections() {
        return corrections.stream()
                .sorted(Comparator.comparing(CourseCorrected::effectiveOn))
                .toList();
    }

    Sector sector(String actorId) {
        ActorRow actor = actors.get(actorId);
        return actor == null ? null : actor.getSector();
    }

    /** The entry that registered an actor (its first role interval). */
    String registration(String actorId) {
        List<RoleInterval> roles = intervals(actorId);
        return roles.isEmpty() ? null : roles.get(0).getEntryId();
    }

    List<EngagementRow> engagementsOf(String actorId) {
        return data.engagements().stream()
                .filter(e ->
                        e.getParticipants().stream().anyMatch(p -> p.actorId().equals(actorId)))
                .toList();
    }

    Optional<String> declarationOn(LocalDate date) {
        return typology.declared().stream()
                .filter(d -> !d.effectiveOn().isAfter(date))
                .reduce((a, b) -> b)
                .map(TypologyView.Declared::entryId);
    }

    /**
     * The entries behind the enacted placement now: the engagements in the model's window and, for each actor
     * whose role gives a signal, the entry that gave the actor that role.
     */
    List<String> signalEvidence() {
        LocalDate date = enactedNow.date();
        List<String> ids = new ArrayList<>();
        for (SignalContribution signal : enactedNow.signals()) {
            signal.engagementId().ifPresent(ids::add);
            signal.actorId()
                    .filter(actor -> signal.kind() == SignalKind.ROLE)
                    .flatMap(actor -> intervals(actor).stream()
                            .filter(i -> !i.getFromDate().isAfter(date))
                            .reduce((a, b) -> b))
                    .ifPresent(interval -> ids.add(interval.getEntryId()));
        }
        return ids.stream().distinct().collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * The entries that moved the enacted placement on a date: roles that began, actors who left and
     * engagements that took place that day, or (when the point moved because engagements left the model's
     * window) those engagements.
     */
    List<String> evidenceOn(LocalDate date) {
        List<String> ids = new ArrayList<>();
        data.roleIntervals().stream().filter(i -> i.getFromDate().equals(date)).forEach(i -> ids.add(i.getEntryId()));
        data.actors().stream()
                .filter(a -> date.equals(a.getWithdrawnOn()) && a.getWithdrawalEntryId() != null)
                .forEach(a -> ids.add(a.getWithdrawalEntryId()));
        data.engagements().stream().filter(e -> e.getOccurredOn().equals(date)).forEach(e -> ids.add(e.getEntryId()));
        if (ids.isEmpty()) {
            data.engagements().stream()
                    .filter(e -> e.getOccurredOn().plusDays(windowDays).equals(date))
                    .forEach(e -> ids.add(e.getEntryId()));
        }
        return ids;
    }

    private static <T> T read(TimelineEntry entry, Class<T> type) {
        try {
            return JSON.readValue(entry.getPayload(), type);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable entry " + entry.getEntryId(), e);
        }
    }
}
