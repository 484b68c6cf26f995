package dk.samskabelse.journal.query.research;

import static dk.samskabelse.journal.query.research.ProjectPseudonyms.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.query.eventlog.EventCsv;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.project.EngagementsView;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.RolesView;
import dk.samskabelse.journal.query.project.TimelineView;
import dk.samskabelse.journal.query.roles.Absence;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The seam for researchers (docs/domain.md "Users": Forsker): every project view in its pseudonymised form. Actors
 * (ids and names) become the project's stable pseudonyms, recorders get user pseudonyms, organisation and
 * contact details never appear, and free texts are kept only where the entry is marked shareable. Each method
 * takes the same {@link ProjectData} the ordinary view is built from (live or replayed), so time travel works
 * the same for researchers.
 */
@Service
public class ResearchViews {

    private static final ObjectMapper JSON = JournalJson.mapper();
    private static final Map<String, Class<? extends JournalEvent>> EVENT_TYPES =
            EventCsv.EVENT_TYPES.stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private final ResearchPseudonyms pseudonyms;
    private final DemoProvenance demo;

    public ResearchViews(ResearchPseudonyms pseudonyms, DemoProvenance demo) {
        this.pseudonyms = pseudonyms;
        this.demo = demo;
    }

    public TimelineView timeline(ProjectData data, ZoneId zone) {
        ProjectPseudonyms p = pseudonyms.forProject(data.summary().getProjectId());
        return new TimelineView(TimelineView.from(data, zone).entries().stream()
                        .map(entry -> new TimelineView.Entry(
                                entry.entryId(),
                                entry.type(),
                                entry.effectiveOn(),
                                entry.recordedAt(),
                                p.user(entry.recordedBy()),
                                entry.backdated(),
                                content(entry.type(), entry.content(), p)))
                        .toList())
                .withDemoSources(data.summary().getProjectId(), demo);
    }

    public RolesView roles(ProjectData data) {
        ProjectPseudonyms p = pseudonyms.forProject(data.summary().getProjectId());
        Map<String, Boolean> shareable = data.roleIntervals().stream()
                .collect(Collectors.toMap(RoleInterval::getEntryId, RoleInterval::isReasonShareable, (a, b) -> a));
        RolesView view = RolesView.from(data, p::actor);
        return new RolesView(
                view.actors().stream()
                        .map(a -> new RolesView.ActorRoles(
                                p.actor(a.actorId()),
                                p.actor(a.actorId()),
                                a.kind(),
                                a.sector(),
                                a.joinedOn(),
                                a.withdrawnOn(),
                                a.currentRole(),
                                a.intervals().stream()
                                        .map(i -> new RolesView.Interval(
                                                i.entryId(),
                                                i.role(),
                                                i.from(),
                                                i.to(),
                                                text(i.reason(), shareable.getOrDefault(i.entryId(), false))))
                                        .toList(),
                                a.currentRoles(),
                                a.absences().stream()
                                        .map(x -> new Absence(
                                                x.withdrawalEntryId(),
                                                x.from(),
                                                x.to(),
                                                x.rejoinEntryId(),
                                                text(x.reason(), x.reasonShareable()),
                                                x.reasonShareable()))
                                        .toList(),
                                a.commercialSupplier()))
                        .toList(),
                view.distribution());
    }

    public EngagementsView engagements(ProjectData data) {
        ProjectPseudonyms p = pseudonyms.forProject(data.summary().getProjectId());
        Map<String, Boolean> shareable = data.timeline().stream()
                .filter(entry -> EntryType.ENGAGEMENT_RECORDED.isStoredAs(entry.getType()))
                .collect(Collectors.toMap(TimelineEntry::getEntryId, ResearchViews::isShareable, (a, b) -> a));
        EngagementsView view = EngagementsView.from(data);
        return new EngagementsView(
                view.engagements().stream()
                        .map(e -> new EngagementsView.Engagement(
                                e.entryId(),
                                e.occurredOn(),
                                e.kind(),
                                text(e.title(), shareable.getOrDefault(e.entryId(), false)),
                                p.actor(e.initiatedBy()),
                                e.initiatorKind(),
                                e.participants().stream()
                                        .map(x -> new Participation(p.actor(x.actorId()), x.influence()))
                                        .toList(),
                                e.contributions().stream()
                                        .map(x -> new Contribution(p.actor(x.actorId()), x.type()))
                                        .toList(),
                                e.coInitiators().stream().map(p::actor).toList(),
                                e.attendance()))
                        .toList(),
                view.perMonth());
    }

    public PhasesView phases(ProjectData data) {
        Map<String, Boolean> shareable = data.phaseIntervals().stream()
                .collect(Collectors.toMap(PhaseInterval::getEntryId, PhaseInterval::isNoteShareable, (a, b) -> a));
        PhasesView view = PhasesView.from(data);
        return new PhasesView(
                view.current(),
                view.stepsBack(),
                view.intervals().stream()
                        .map(i -> new PhasesView.Interval(
                                i.entryId(),
                                i.phase(),
                                i.from(),
                                i.to(),
                                i.backwards(),
                                text(i.note(), shareable.getOrDefault(i.entryId(), false))))
                        .toList());
    }

    /**
     * A declared typology's rationale carries no shareable mark, so researchers get the points only; a partner's
     * placement names its representative by the actor's pseudonym (issue 13).
     */
    public TypologyView typology(ProjectData data, TypologyView view) {
        ProjectPseudonyms p = pseudonyms.forProject(data.summary().getProjectId());
        return new TypologyView(
                view.model(),
                view.modelVersion(),
                view.declared().stream().map(d -> researchForm(d, p)).toList(),
                view.enacted(),
                view.current(),
                view.distance(),
                view.divergentPeriods(),
                view.perspectives().stream().map(d -> researchForm(d, p)).toList(),
                view.disagreement());
    }

    public TypologyView.Comparison typology(ProjectData data, TypologyView.Comparison comparison) {
        return new TypologyView.Comparison(
                typology(data, comparison.active()), typology(data, comparison.alternative()));
    }

    private static TypologyView.Declared researchForm(TypologyView.Declared d, ProjectPseudonyms p) {
        return new TypologyView.Declared(
                d.entryId(),
                d.effectiveOn(),
                d.openness(),
                d.centrality(),
                d.quadrant(),
                d.borderline(),
                text(d.rationale(), false),
                d.perspective(),
                d.actorId() == null ? null : p.actor(d.actorId()));
    }

    private static JsonNode content(String type, JsonNode content, ProjectPseudonyms p) {
        Class<? extends JournalEvent> eventType = EVENT_TYPES.get(type);
        if (eventType == null) {
            throw new IllegalStateException("No research form for entries of type " + type);
        }
        try {
            return JSON.valueToTree(ResearchEvents.pseudonymise(JSON.treeToValue(content, eventType), p));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable timeline entry of type " + type, e);
        }
    }

    private static boolean isShareable(TimelineEntry entry) {
        try {
            return JSON.readTree(entry.getPayload()).path("shareable").asBoolean(false);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable timeline entry " + entry.getEntryId(), e);
        }
    }
}
