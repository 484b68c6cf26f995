package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.roles.ActorRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagement log and, per month, how many engagements there were, which kinds of actors took part, at
 * which influence level (seed 002: "inddragelse" is not "indflydelse") and who took the initiative.
 */
public record EngagementsView(List<Engagement> engagements, List<MonthStatistics> perMonth) {

    public record Engagement(
            String entryId,
            LocalDate occurredOn,
            EngagementKind kind,
            String title,
            String initiatedBy,
            ActorKind initiatorKind,
            List<Participation> participants,
            List<Contribution> contributions,
            List<String> coInitiators,
            List<Attendance> attendance) {

        public Engagement(
                String entryId,
                LocalDate occurredOn,
                EngagementKind kind,
                String title,
                String initiatedBy,
                ActorKind initiatorKind,
                List<Participation> participants,
                List<Contribution> contributions) {
            this(
                    entryId,
                    occurredOn,
                    kind,
                    title,
                    initiatedBy,
                    initiatorKind,
                    participants,
                    contributions,
                    List.of(),
                    List.of());
        }

        /** Every initiator, initiatedBy first (joint initiatives, seed 002). */
        public List<String> initiators() {
            List<String> all = new ArrayList<>();
            all.add(initiatedBy);
            all.addAll(coInitiators);
            return List.copyOf(all);
        }
    }

    public record MonthStatistics(
            YearMonth month,
            int count,
            Map<ActorKind, Integer> participantsByKind,
            Map<Influence, Integer> participantsByInfluence,
            Map<Sector, Integer> initiatedBySector,
            Map<ActorKind, Integer> initiatedByKind) {}

    public static EngagementsView from(ProjectData data) {
        Map<String, ActorRow> actors =
                data.actors().stream().collect(Collectors.toMap(ActorRow::getActorId, Function.identity()));
        List<Engagement> log = new ArrayList<>();
        TreeMap<YearMonth, List<EngagementRow>> months = new TreeMap<>();
        for (EngagementRow row : data.engagements()) {
            ActorRow initiator = actors.get(row.getInitiatedBy());
            log.add(new Engagement(
                    row.getEntryId(),
                    row.getOccurredOn(),
                    row.getKind(),
                    row.getTitle(),
                    row.getInitiatedBy(),
                    initiator == null ? null : initiator.getKind(),
                    row.getParticipants(),
                    row.getContributions(),
                    row.getCoInitiators(),
                    row.getAttendance()));
            months.computeIfAbsent(YearMonth.from(row.getOccurredOn()), m -> new ArrayList<>())
                    .add(row);
        }
        List<MonthStatistics> perMonth = new ArrayList<>();
        months.forEach((month, rows) -> {
            Map<ActorKind, Integer> byKind = new EnumMap<>(ActorKind.class);
            Map<Influence, Integer> byInfluence = new EnumMap<>(Influence.class);
            Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
            Map<ActorKind, Integer> byInitiatorKind = new EnumMap<>(ActorKind.class);
            for (EngagementRow row : rows) {
                for (Participation p : row.getParticipants()) {
                    byInfluence.merge(p.influence(), 1, Integer::sum);
                    ActorRow actor = actors.get(p.actorId());
                    if (actor != null) {
                        byKind.merge(actor.getKind(), 1, Integer::sum);
                    }
                }
                ActorRow initiator = actors.get(row.getInitiatedBy());
                if (initiator != null) {
                    bySector.merge(initiator.getSector(), 1, Integer::sum);
                    byInitiatorKind.merge(initiator.getKind(), 1, Integer::sum);
                }
            }
            perMonth.add(new MonthStatistics(month, rows.size(), byKind, byInfluence, bySector, byInitiatorKind));
        });
        return new EngagementsView(log, perMonth);
    }
}
