package dk.samskabelse.journal.query.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Count;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Evidence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Section;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Sequence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.SignalContribution;
import dk.samskabelse.journal.query.typology.SignalKind;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.support.JournalJson;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the Erkendelse evaluation from a project's evidence (seed 002, "3. Erkendelse": målopfyldelse,
 * involvering, proces, refleksion, forankring af læring, afsæt for ny samskabelse). Every statement is counted or
 * quoted from the journal and names the entries it rests on; where the journal holds nothing for a question, the
 * report says so instead of filling the gap.
 */
@Service
public class EvaluationService {

    private static final ObjectMapper JSON = JournalJson.mapper();

    /** Roles of seed 001 in which citizens bring new ideas: co-designer, innovator, co-initiator. */
    private static final Set<Role> INNOVATIVE_ROLES = EnumSet.of(Role.MEDDESIGNER, Role.INNOVATOR,
            Role.MEDINITIATIVTAGER);

    /** Influence at which a participant shares in the decision (seed 002: indflydelse, not only inddragelse). */
    private static final Set<Influence> DECIDING = EnumSet.of(Influence.MEDBESTEMMENDE, Influence.BESTEMMENDE);

    /** Contributions that bring resources the municipality would otherwise pay for (the economic bottom line). */
    private static final Set<ContributionType> RESOURCES = EnumSet.of(ContributionType.TID, ContributionType.PENGE,
            ContributionType.LOKALER, ContributionType.MATERIEL);

    /** Course corrections that revisit decisions of phase 1 Afklaring. */
    private static final Set<CourseCorrectionScope> AFKLARING_DECISIONS = EnumSet.of(
            CourseCorrectionScope.SUCCESKRITERIER, CourseCorrectionScope.BUNDLINJER,
            CourseCorrectionScope.SAMSKABELSESTYPE, CourseCorrectionScope.AFGRAENSNING);

    private final TypologyService typology;

    public EvaluationService(TypologyService typology) {
        this.typology = typology;
    }

    /** horizon: the date the evaluation looks from (today, or the date of a time-travel question). */
    public EvaluationReport evaluate(ProjectData data, TypologyModel model, LocalDate horizon,
                                     Function<String, String> names) {
        return new Evaluation(data, typology.view(data, model, horizon), typology.current(data, model, horizon),
                model.windowDays(), names).report(horizon);
    }

    private static final class Evaluation {

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

        Evaluation(ProjectData data, TypologyView typology, EnactedPoint enactedNow, int windowDays,
                   Function<String, String> names) {
            this.data = data;
            this.typology = typology;
            this.enactedNow = enactedNow;
            this.windowDays = windowDays;
            this.names = names;
            this.actors = data.actors().stream().collect(Collectors.toMap(ActorRow::getActorId, Function.identity(),
                    (a, b) -> a, LinkedHashMap::new));
            this.intervals = data.roleIntervals().stream().collect(Collectors.groupingBy(RoleInterval::getActorId,
                    LinkedHashMap::new, Collectors.toList()));
            for (TimelineEntry entry : data.timeline()) {
                if (entry.isRetracted()) {
                    continue;
                }
                evidence.put(entry.getEntryId(), new Evidence(entry.getEntryId(), entry.getType(),
                        entry.getEffectiveOn()));
                switch (entry.getType()) {
                    case "ProjectClarified" -> clarifications.add(read(entry, ProjectClarified.class));
                    case "CourseCorrected" -> corrections.add(read(entry, CourseCorrected.class));
                    case "InsightRecorded" -> insights.add(read(entry, InsightRecorded.class));
                    case "ActorWithdrawn" -> {
                        ActorWithdrawn withdrawn = read(entry, ActorWithdrawn.class);
                        withdrawals.put(withdrawn.actorId(), withdrawn);
                    }
                    default -> {
                    }
                }
            }
        }

        EvaluationReport report(LocalDate horizon) {
            List<Section> sections = List.of(
                    new Section(FocusPoint.MAALOPFYLDELSE, List.of(criteria(), bottomLines(),
                            insightsOn(FocusPoint.MAALOPFYLDELSE))),
                    new Section(FocusPoint.INVOLVERING, List.of(actorsAndRoles(), influence(), dropouts(),
                            insightsOn(FocusPoint.INVOLVERING))),
                    new Section(FocusPoint.PROCES, List.of(phases(), courseCorrections(), drift(), perspectives(),
                            insightsOn(FocusPoint.PROCES))),
                    new Section(FocusPoint.REFLEKSION, List.of(publicRoleShifts(), insightsOn(FocusPoint.REFLEKSION))),
                    new Section(FocusPoint.FORANKRING, List.of(insightsOn(FocusPoint.FORANKRING))),
                    new Section(FocusPoint.AFSAET, List.of(clarificationRevisited(), insightsOn(FocusPoint.AFSAET))));
            Map<String, Evidence> cited = new LinkedHashMap<>();
            sections.forEach(section -> section.groups().forEach(group -> group.statements().forEach(statement ->
                    statement.entryIds().forEach(id -> Optional.ofNullable(evidence.get(id))
                            .ifPresent(e -> cited.put(id, e))))));
            return new EvaluationReport(data.summary().getProjectId(), data.summary().getName(),
                    data.summary().getMunicipality(), horizon, PhasesView.from(data).current(), typology.model(),
                    typology.modelVersion(), sections, cited);
        }

        // --- Målopfyldelse: success criteria and expected bottom lines of Afklaring against what was recorded.

        private Group criteria() {
            List<Statement> statements = new ArrayList<>();
            Optional<ProjectClarified> clarified = latestClarification();
            if (clarified.isEmpty()) {
                statements.add(missing("evaluation.goals.noClarification"));
            } else {
                ProjectClarified c = clarified.get();
                statements.add(fact("evaluation.goals.clarified", List.of(c.effectiveOn(), c.successCriteria().size()),
                        ids(clarifications.stream().map(ProjectClarified::entryId))));
                for (String criterion : c.successCriteria()) {
                    statements.add(fact("evaluation.goals.criterion", List.of(criterion), List.of(c.entryId())));
                }
            }
            return new Group("evaluation.group.criteria", "succeskriterier", statements);
        }

        /**
         * The four bottom lines of seed 002 ("Mange mulige bundlinjer"), each held against the evidence that
         * bears on it: new perspectives from outside (innovativ), citizens' direct part in decisions
         * (demokratisk), resources brought in (økonomisk), local forces activated (identitetsskabende).
         */
        private Group bottomLines() {
            List<Statement> statements = new ArrayList<>();
            Optional<ProjectClarified> clarified = latestClarification();
            List<BottomLine> expected = clarified.map(ProjectClarified::expectedBottomLines).orElse(List.of());
            if (expected.isEmpty()) {
                statements.add(missing("evaluation.goals.noBottomLines"));
            }
            for (BottomLine line : expected) {
                List<String> basis = new ArrayList<>(List.of(clarified.get().entryId()));
                if (data.engagements().isEmpty()) {
                    statements.add(new Statement("evaluation.bottomLine.noEngagements", List.of(line), basis, true));
                    continue;
                }
                statements.add(switch (line) {
                    case INNOVATIV -> innovative(basis);
                    case DEMOKRATISK -> democratic(basis);
                    case OEKONOMISK -> economic(basis);
                    case IDENTITETSSKABENDE -> identity(basis);
                });
            }
            return new Group("evaluation.group.bottomLines", "bundlinjer", statements);
        }

        private Statement innovative(List<String> basis) {
            List<EngagementRow> initiated = data.engagements().stream()
                    .filter(e -> sector(e.getInitiatedBy()) == Sector.NON_PUBLIC).toList();
            List<RoleInterval> roles = data.roleIntervals().stream()
                    .filter(i -> INNOVATIVE_ROLES.contains(i.getRole())).toList();
            long actorsInRoles = roles.stream().map(RoleInterval::getActorId).distinct().count();
            if (initiated.isEmpty() && roles.isEmpty()) {
                return new Statement("evaluation.bottomLine.INNOVATIV.none", List.of(), basis, true);
            }
            basis.addAll(ids(initiated.stream().map(EngagementRow::getEntryId)));
            basis.addAll(ids(roles.stream().map(RoleInterval::getEntryId)));
            return fact("evaluation.bottomLine.INNOVATIV", List.of(initiated.size(), data.engagements().size(),
                    actorsInRoles), basis);
        }

        private Statement democratic(List<String> basis) {
            List<EngagementRow> deciding = data.engagements().stream()
                    .filter(e -> e.getParticipants().stream().anyMatch(p -> sector(p.actorId()) == Sector.NON_PUBLIC
                            && DECIDING.contains(p.influence())))
                    .toList();
            if (deciding.isEmpty()) {
                return new Statement("evaluation.bottomLine.DEMOKRATISK.none", List.of(data.engagements().size()),
                        basis, true);
            }
            basis.addAll(ids(deciding.stream().map(EngagementRow::getEntryId)));
            return fact("evaluation.bottomLine.DEMOKRATISK", List.of(deciding.size(), data.engagements().size()),
                    basis);
        }

        private Statement economic(List<String> basis) {
            List<EngagementRow> withResources = new ArrayList<>();
            Map<ContributionType, Long> byType = new EnumMap<>(ContributionType.class);
            for (EngagementRow engagement : data.engagements()) {
                List<Contribution> brought = engagement.getContributions().stream()
                        .filter(c -> sector(c.actorId()) == Sector.NON_PUBLIC && RESOURCES.contains(c.type()))
                        .toList();
                if (!brought.isEmpty()) {
                    withResources.add(engagement);
                    brought.forEach(c -> byType.merge(c.type(), 1L, Long::sum));
                }
            }
            if (withResources.isEmpty()) {
                return new Statement("evaluation.bottomLine.OEKONOMISK.none", List.of(), basis, true);
            }
            basis.addAll(ids(withResources.stream().map(EngagementRow::getEntryId)));
            return fact("evaluation.bottomLine.OEKONOMISK", List.of(withResources.size(), counts(byType)), basis);
        }

        private Statement identity(List<String> basis) {
            Set<String> taking = new LinkedHashSet<>();
            List<EngagementRow> with = new ArrayList<>();
            for (EngagementRow engagement : data.engagements()) {
                List<String> citizens = engagement.getParticipants().stream().map(Participation::actorId)
                        .filter(id -> sector(id) == Sector.NON_PUBLIC).toList();
                if (!citizens.isEmpty()) {
                    taking.addAll(citizens);
                    with.add(engagement);
                }
            }
            if (taking.isEmpty()) {
                return new Statement("evaluation.bottomLine.IDENTITETSSKABENDE.none", List.of(), basis, true);
            }
            long activities = with.stream().filter(e -> e.getKind() == EngagementKind.AKTIVITET).count();
            basis.addAll(ids(with.stream().map(EngagementRow::getEntryId)));
            return fact("evaluation.bottomLine.IDENTITETSSKABENDE", List.of(taking.size(), with.size(), activities),
                    basis);
        }

        // --- Involvering: who took part, in which roles, with what influence, who dropped out.

        private Group actorsAndRoles() {
            List<Statement> statements = new ArrayList<>();
            if (actors.isEmpty()) {
                statements.add(missing("evaluation.involvement.noActors"));
                return new Group("evaluation.group.actors", "aktoerer", statements);
            }
            long publicActors = actors.values().stream().filter(a -> a.getSector() == Sector.PUBLIC).count();
            statements.add(fact("evaluation.involvement.actors", List.of(actors.size(), publicActors,
                    actors.size() - publicActors), ids(actors.keySet().stream().map(this::registration))));
            for (ActorRow actor : actors.values()) {
                List<RoleInterval> roles = intervals.getOrDefault(actor.getActorId(), List.of());
                List<EngagementRow> taken = engagementsOf(actor.getActorId());
                List<String> basis = new ArrayList<>(ids(roles.stream().map(RoleInterval::getEntryId)));
                Sequence path = new Sequence(roles.stream().map(RoleInterval::getRole).toList());
                if (taken.isEmpty()) {
                    statements.add(fact("evaluation.involvement.actor.none", List.of(names.apply(actor.getActorId()),
                            actor.getKind(), path), basis));
                    continue;
                }
                Influence highest = taken.stream().flatMap(e -> e.getParticipants().stream())
                        .filter(p -> p.actorId().equals(actor.getActorId())).map(Participation::influence)
                        .max(Comparator.naturalOrder()).orElseThrow();
                basis.addAll(ids(taken.stream().map(EngagementRow::getEntryId)));
                statements.add(fact("evaluation.involvement.actor", List.of(names.apply(actor.getActorId()),
                        actor.getKind(), path, taken.size(), highest), basis));
            }
            return new Group("evaluation.group.actors", "aktoerer", statements);
        }

        private Group influence() {
            List<Statement> statements = new ArrayList<>();
            if (data.engagements().isEmpty()) {
                statements.add(missing("evaluation.involvement.noEngagements"));
                return new Group("evaluation.group.influence", "indflydelse", statements);
            }
            for (Sector sector : Sector.values()) {
                Map<Influence, Long> byInfluence = new EnumMap<>(Influence.class);
                List<String> basis = new ArrayList<>();
                for (EngagementRow engagement : data.engagements()) {
                    boolean any = false;
                    for (Participation p : engagement.getParticipants()) {
                        if (sector(p.actorId()) == sector) {
                            byInfluence.merge(p.influence(), 1L, Long::sum);
                            any = true;
                        }
                    }
                    if (any) {
                        basis.add(engagement.getEntryId());
                    }
                }
                String key = "evaluation.involvement.influence." + sector;
                statements.add(byInfluence.isEmpty() ? new Statement(key + ".none", List.of(), List.of(), true)
                        : fact(key, List.of(counts(byInfluence)), basis));
            }
            List<EngagementRow> byCitizens = data.engagements().stream()
                    .filter(e -> sector(e.getInitiatedBy()) == Sector.NON_PUBLIC).toList();
            statements.add(fact("evaluation.involvement.initiative", List.of(byCitizens.size(),
                    data.engagements().size()), ids(byCitizens.stream().map(EngagementRow::getEntryId))));
            return new Group("evaluation.group.influence", "indflydelse", statements);
        }

        private Group dropouts() {
            List<Statement> statements = new ArrayList<>();
            for (ActorRow actor : actors.values()) {
                if (actor.getWithdrawnOn() == null) {
                    continue;
                }
                String reason = Optional.ofNullable(withdrawals.get(actor.getActorId())).map(ActorWithdrawn::reason)
                        .filter(r -> !r.isBlank()).orElse(null);
                List<Object> arguments = new ArrayList<>(List.of(names.apply(actor.getActorId()), actor.getKind(),
                        actor.getWithdrawnOn()));
                if (reason != null) {
                    arguments.add(reason);
                }
                statements.add(fact(reason == null ? "evaluation.involvement.dropout"
                                : "evaluation.involvement.dropout.reason", arguments,
                        ids(Optional.ofNullable(actor.getWithdrawalEntryId()).stream())));
            }
            if (statements.isEmpty()) {
                statements.add(missing("evaluation.involvement.noDropouts"));
            }
            return new Group("evaluation.group.dropouts", "udtraeden", statements);
        }

        // --- Proces: phases, steps back, course corrections, typology drift declared vs. enacted.

        private Group phases() {
            List<Statement> statements = new ArrayList<>();
            PhasesView phases = PhasesView.from(data);
            for (PhasesView.Interval interval : phases.intervals()) {
                String key = interval.backwards() ? "evaluation.process.phase.back" : "evaluation.process.phase";
                List<Object> arguments = interval.to() == null ? List.of(interval.phase(), interval.from())
                        : List.of(interval.phase(), interval.from(), interval.to());
                statements.add(fact(key + (interval.to() == null ? ".open" : ""), arguments,
                        List.of(interval.entryId())));
            }
            List<PhasesView.Interval> back = phases.intervals().stream().filter(PhasesView.Interval::backwards)
                    .toList();
            statements.add(back.isEmpty() ? missing("evaluation.process.noStepsBack")
                    : fact("evaluation.process.stepsBack", List.of(back.size()),
                    ids(back.stream().map(PhasesView.Interval::entryId))));
            return new Group("evaluation.group.phases", "faser", statements);
        }

        private Group courseCorrections() {
            List<Statement> statements = new ArrayList<>();
            for (CourseCorrected c : sortedCorrections()) {
                statements.add(fact("evaluation.process.correction", List.of(c.effectiveOn(), c.decision(),
                        Objects.requireNonNullElse(c.reason(), ""), c.affects()), List.of(c.entryId())));
            }
            if (statements.isEmpty()) {
                statements.add(missing("evaluation.process.noCorrections"));
            }
            return new Group("evaluation.group.corrections", "kursjusteringer", statements);
        }

        /**
         * Seed 002 (Lars Bøgh Olsen): "har vi reelt formået at gøre noget nyt, eller kun justeret den gamle
         * måde?" The declared placements against the enacted trajectory, where it changed quadrant, the periods
         * in different quadrants and the distance between the two.
         */
        private Group drift() {
            List<Statement> statements = new ArrayList<>();
            for (TypologyView.Declared d : typology.declared()) {
                statements.add(fact("evaluation.drift.declared", List.of(d.effectiveOn(), d.quadrant(),
                        d.openness(), d.centrality(), Objects.requireNonNullElse(d.rationale(), "")), List.of(d.entryId())));
            }
            if (typology.declared().isEmpty()) {
                statements.add(missing("evaluation.drift.noDeclaration"));
            }
            TypologyView.Point current = typology.current();
            if (current.quadrant() == null) {
                statements.add(missing("evaluation.drift.noEnacted"));
            } else {
                statements.add(fact(Boolean.TRUE.equals(current.borderline()) ? "evaluation.drift.enacted.borderline"
                                : "evaluation.drift.enacted", List.of(current.date(), current.quadrant(),
                                current.openness(), current.centrality(), typology.model(), typology.modelVersion()),
                        signalEvidence()));
                statements.addAll(quadrantChanges());
            }
            if (!typology.declared().isEmpty() && current.quadrant() != null) {
                for (TypologyView.Divergence period : typology.divergentPeriods()) {
                    List<String> basis = ids(declarationOn(period.from()).stream());
                    basis.addAll(evidenceOn(period.from()));
                    statements.add(period.until() == null
                            ? fact("evaluation.drift.period.open", List.of(period.from(), period.declared(),
                            period.enacted()), basis)
                            : fact("evaluation.drift.period", List.of(period.from(), period.until(), period.declared(),
                            period.enacted()), basis));
                }
                if (typology.divergentPeriods().isEmpty()) {
                    statements.add(fact("evaluation.drift.noPeriods", List.of(),
                            ids(typology.declared().stream().map(TypologyView.Declared::entryId))));
                }
                typology.distance().stream().filter(d -> d.distance() != null)
                        .max(Comparator.comparing(TypologyView.Distance::distance))
                        .ifPresent(max -> {
                            TypologyView.Distance last = typology.distance().stream()
                                    .filter(d -> d.distance() != null).reduce((a, b) -> b).orElseThrow();
                            statements.add(fact("evaluation.drift.distance", List.of(max.distance(), max.date(),
                                    last.distance(), last.date()), evidenceOn(max.date())));
                        });
            }
            return new Group("evaluation.group.drift", "drift", statements);
        }

        /**
         * Seed 001 opens with "Er de parter, der indgår i samskabelsen enige om, hvilken proces det rent faktisk er,
         * de er en del af?" (issue 13): who placed the project where (each perspective's placement in force), how
         * far apart they are, and which of them the enacted placement agrees with. Every statement cites the
         * declarations it names; the comparison with the enacted placement also the evidence behind it.
         */
        private Group perspectives() {
            List<Statement> statements = new ArrayList<>();
            List<TypologyView.Declared> inForce = typology.perspectives();
            if (inForce.isEmpty()) {
                statements.add(missing("evaluation.perspectives.none"));
                return new Group("evaluation.group.perspectives", "perspektiver", statements);
            }
            for (TypologyView.Declared d : inForce) {
                List<Object> arguments = new ArrayList<>(List.of(d.effectiveOn(), d.quadrant(), d.openness(),
                        d.centrality()));
                String key;
                if (d.perspective() == null) {
                    key = "evaluation.perspectives.placement.unrecorded";
                } else if (d.actorId() != null) {
                    key = "evaluation.perspectives.placement.partner";
                    arguments.add(names.apply(d.actorId()));
                } else {
                    key = "evaluation.perspectives.placement";
                    arguments.add(d.perspective());
                }
                statements.add(fact(key, arguments, List.of(d.entryId())));
            }
            TypologyView.Disagreement disagreement = typology.disagreement();
            List<String> all = ids(inForce.stream().map(TypologyView.Declared::entryId));
            if (inForce.size() == 1) {
                statements.add(new Statement("evaluation.perspectives.single", List.of(), all, true));
            } else if (disagreement.differentQuadrants()) {
                statements.add(fact("evaluation.perspectives.disagree", List.of(inForce.size(),
                        disagreement.quadrants(), disagreement.largestDistance()), all));
            } else {
                statements.add(fact("evaluation.perspectives.agree", List.of(inForce.size(),
                        inForce.get(0).quadrant(), disagreement.largestDistance()), all));
            }
            TypologyView.Point current = typology.current();
            if (current.quadrant() != null && inForce.size() > 1) {
                List<String> basis = ids(inForce.stream().filter(d -> d.quadrant() == current.quadrant())
                        .map(TypologyView.Declared::entryId));
                long agreeing = basis.size();
                basis.addAll(signalEvidence());
                statements.add(fact("evaluation.perspectives.enacted", List.of(current.date(), current.quadrant(),
                        agreeing, inForce.size()), basis));
            }
            return new Group("evaluation.group.perspectives", "perspektiver", statements);
        }

        private List<Statement> quadrantChanges() {
            List<Statement> changes = new ArrayList<>();
            Quadrant previous = null;
            LocalDate firstDate = null;
            for (TypologyView.Point point : typology.enacted()) {
                if (point.quadrant() == null) {
                    continue;
                }
                if (previous == null) {
                    firstDate = point.date();
                } else if (point.quadrant() != previous) {
                    changes.add(fact("evaluation.drift.change", List.of(point.date(), previous, point.quadrant()),
                            evidenceOn(point.date())));
                }
                previous = point.quadrant();
            }
            if (changes.isEmpty() && previous != null) {
                changes.add(fact("evaluation.drift.stable", List.of(previous, firstDate), evidenceOn(firstDate)));
            }
            return changes;
        }

        // --- Refleksion: how the municipality's own actors changed their part (seed 002: "Hvordan har
        // samarbejdet med borgerne påvirket jeres egen praksis?"; seed 000: "vi blev jævnbyrdige").

        private Group publicRoleShifts() {
            List<Statement> statements = new ArrayList<>();
            for (ActorRow actor : actors.values()) {
                if (actor.getSector() != Sector.PUBLIC) {
                    continue;
                }
                List<RoleInterval> roles = intervals.getOrDefault(actor.getActorId(), List.of());
                Map<String, RoleInterval> byId = roles.stream().collect(Collectors.toMap(RoleInterval::getEntryId,
                        Function.identity(), (a, b) -> a));
                for (RoleInterval shift : roles) {
                    // A shift is an interval that replaced another (RoleShifted), in effective order; a role added
                    // beside others or taken up on rejoining is no shift.
                    RoleInterval replaced = shift.getPreviousEntryId() == null ? null
                            : byId.get(shift.getPreviousEntryId());
                    if (replaced == null) {
                        continue;
                    }
                    String reason = shift.getReason();
                    List<Object> arguments = new ArrayList<>(List.of(names.apply(actor.getActorId()), actor.getKind(),
                            shift.getFromDate(), replaced.getRole(), shift.getRole()));
                    boolean withReason = reason != null && !reason.isBlank();
                    if (withReason) {
                        arguments.add(reason);
                    }
                    statements.add(fact(withReason ? "evaluation.reflection.shift.reason"
                            : "evaluation.reflection.shift", arguments, List.of(shift.getEntryId())));
                }
            }
            if (statements.isEmpty()) {
                statements.add(missing("evaluation.reflection.noShifts"));
            }
            return new Group("evaluation.group.publicRoles", "egen-praksis", statements);
        }

        // --- Afsæt for ny samskabelse: "Genbesøg de vigtigste overvejelser og beslutninger fra afklaringsfasen".

        private Group clarificationRevisited() {
            List<Statement> statements = new ArrayList<>();
            Optional<ProjectClarified> clarified = latestClarification();
            if (clarified.isEmpty()) {
                statements.add(missing("evaluation.outset.noClarification"));
            } else {
                ProjectClarified c = clarified.get();
                List<String> basis = List.of(c.entryId());
                if (!c.coCreationScope().isEmpty()) {
                    statements.add(fact("evaluation.outset.scope", List.of(c.coCreationScope()), basis));
                }
                Map<String, String> decisions = new LinkedHashMap<>();
                decisions.put("evaluation.outset.motivation", c.motivation());
                decisions.put("evaluation.outset.legitimacy", c.democraticLegitimacy());
                decisions.put("evaluation.outset.ownership", c.ownership());
                decisions.put("evaluation.outset.readiness", c.organisationalReadiness());
                decisions.forEach((key, text) -> statements.add(text == null || text.isBlank()
                        ? new Statement(key + ".none", List.of(), basis, true)
                        : fact(key, List.of(text), basis)));
            }
            if (!typology.declared().isEmpty()) {
                TypologyView.Declared first = typology.declared().get(0);
                TypologyView.Point current = typology.current();
                List<String> basis = new ArrayList<>(List.of(first.entryId()));
                if (current.quadrant() == null) {
                    statements.add(new Statement("evaluation.outset.type.noEnacted", List.of(first.effectiveOn(),
                            first.quadrant()), basis, true));
                } else {
                    basis.addAll(signalEvidence());
                    statements.add(fact(first.quadrant() == current.quadrant() ? "evaluation.outset.type.same"
                            : "evaluation.outset.type.changed", List.of(first.effectiveOn(), first.quadrant(),
                            current.date(), current.quadrant()), basis));
                }
            }
            List<CourseCorrected> revisiting = sortedCorrections().stream()
                    .filter(c -> c.affects().stream().anyMatch(AFKLARING_DECISIONS::contains)).toList();
            for (CourseCorrected c : revisiting) {
                statements.add(fact("evaluation.outset.revised", List.of(c.effectiveOn(), c.affects().stream()
                        .filter(AFKLARING_DECISIONS::contains).toList(), c.decision()), List.of(c.entryId())));
            }
            if (revisiting.isEmpty() && clarified.isPresent()) {
                statements.add(missing("evaluation.outset.notRevised"));
            }
            return new Group("evaluation.group.afklaring", "afklaring-genbesoegt", statements);
        }

        // --- Recorded insights per focus point.

        private Group insightsOn(FocusPoint focus) {
            List<Statement> statements = insights.stream().filter(i -> i.focus() == focus)
                    .sorted(Comparator.comparing(InsightRecorded::effectiveOn))
                    .map(i -> fact("evaluation.insight", List.of(i.effectiveOn(), i.text()), List.of(i.entryId())))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (statements.isEmpty()) {
                statements.add(new Statement("evaluation.insights.none", List.of(focus), List.of(), true));
            }
            return new Group("evaluation.group.insights", "indsigter-" + focus.name().toLowerCase(), statements);
        }

        // --- Evidence lookups.

        private Optional<ProjectClarified> latestClarification() {
            return clarifications.stream().max(Comparator.comparing(ProjectClarified::effectiveOn));
        }

        private List<CourseCorrected> sortedCorrections() {
            return corrections.stream().sorted(Comparator.comparing(CourseCorrected::effectiveOn)).toList();
        }

        private Sector sector(String actorId) {
            ActorRow actor = actors.get(actorId);
            return actor == null ? null : actor.getSector();
        }

        private String registration(String actorId) {
            List<RoleInterval> roles = intervals.getOrDefault(actorId, List.of());
            return roles.isEmpty() ? null : roles.get(0).getEntryId();
        }

        private List<EngagementRow> engagementsOf(String actorId) {
            return data.engagements().stream()
                    .filter(e -> e.getParticipants().stream().anyMatch(p -> p.actorId().equals(actorId))).toList();
        }

        private Optional<String> declarationOn(LocalDate date) {
            return typology.declared().stream().filter(d -> !d.effectiveOn().isAfter(date))
                    .reduce((a, b) -> b).map(TypologyView.Declared::entryId);
        }

        /**
         * The entries behind the enacted placement now: the engagements in the model's window and, for each actor
         * whose role gives a signal, the entry that gave the actor that role.
         */
        private List<String> signalEvidence() {
            LocalDate date = enactedNow.date();
            List<String> ids = new ArrayList<>();
            for (SignalContribution signal : enactedNow.signals()) {
                signal.engagementId().ifPresent(ids::add);
                signal.actorId().filter(actor -> signal.kind() == SignalKind.ROLE)
                        .flatMap(actor -> intervals.getOrDefault(actor, List.of()).stream()
                                .filter(i -> !i.getFromDate().isAfter(date)).reduce((a, b) -> b))
                        .ifPresent(interval -> ids.add(interval.getEntryId()));
            }
            return ids.stream().distinct().collect(Collectors.toCollection(ArrayList::new));
        }

        /**
         * The entries that moved the enacted placement on a date: roles that began, actors who left and
         * engagements that took place that day, or (when the point moved because engagements left the model's
         * window) those engagements.
         */
        private List<String> evidenceOn(LocalDate date) {
            List<String> ids = new ArrayList<>();
            data.roleIntervals().stream().filter(i -> i.getFromDate().equals(date))
                    .forEach(i -> ids.add(i.getEntryId()));
            data.actors().stream().filter(a -> date.equals(a.getWithdrawnOn()) && a.getWithdrawalEntryId() != null)
                    .forEach(a -> ids.add(a.getWithdrawalEntryId()));
            data.engagements().stream().filter(e -> e.getOccurredOn().equals(date))
                    .forEach(e -> ids.add(e.getEntryId()));
            if (ids.isEmpty()) {
                data.engagements().stream().filter(e -> e.getOccurredOn().plusDays(windowDays).equals(date))
                        .forEach(e -> ids.add(e.getEntryId()));
            }
            return ids;
        }

        private static List<String> ids(java.util.stream.Stream<String> ids) {
            return ids.filter(Objects::nonNull).distinct().collect(Collectors.toCollection(ArrayList::new));
        }

        private static List<Count> counts(Map<? extends Enum<?>, Long> counted) {
            return counted.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
        }

        private static Statement fact(String key, List<Object> arguments, List<String> entryIds) {
            return new Statement(key, arguments, entryIds, false);
        }

        private static Statement missing(String key) {
            return new Statement(key, List.of(), List.of(), true);
        }

        private static <T> T read(TimelineEntry entry, Class<T> type) {
            try {
                return JSON.readValue(entry.getPayload(), type);
            } catch (IOException e) {
                throw new IllegalStateException("Unreadable entry " + entry.getEntryId(), e);
            }
        }
    }

}
