package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.fact;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Evidence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Section;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the Erkendelse evaluation from a project's evidence (seed 002, "3. Erkendelse": målopfyldelse,
 * involvering, proces, refleksion, forankring af læring, afsæt for ny samskabelse). Every statement is counted or
 * quoted from the journal and names the entries it rests on; where the journal holds nothing for a question, the
 * report says so instead of filling the gap. Each focus point is its own {@link EvaluationSection}; this service
 * reads the project once into an {@link EvaluationContext} and puts the sections together.
 */
@Service
public class EvaluationService {

    /** In the order of seed 002 (and of {@link FocusPoint}). */
    private static final List<EvaluationSection> SECTIONS = List.of(
            new MaalopfyldelseSection(),
            new InvolveringSection(),
            new ProcesSection(),
            new RefleksionSection(),
            new ForankringSection(),
            new AfsaetSection());

    private final TypologyService typology;

    public EvaluationService(TypologyService typology) {
        this.typology = typology;
    }

    /** horizon: the date the evaluation looks from (today, or the date of a time-travel question). */
    public EvaluationReport evaluate(
            ProjectData data, TypologyModel model, LocalDate horizon, Function<String, String> names) {
        TypologyView view = typology.view(data, model, horizon);
        EvaluationContext context =
                new EvaluationContext(data, view, typology.current(data, model, horizon), model.windowDays(), names);
        List<Section> sections =
                SECTIONS.stream().map(section -> section(section, context)).toList();
        return new EvaluationReport(
                data.summary().getProjectId(),
                data.summary().getName(),
                data.summary().getMunicipality(),
                horizon,
                PhasesView.from(data).current(),
                view.model(),
                view.modelVersion(),
                sections,
                cited(sections, context));
    }

    /** A section's own groups, then the insights the project recorded on its focus point. */
    private static Section section(EvaluationSection section, EvaluationContext context) {
        List<Group> groups = new ArrayList<>(section.groups(context));
        groups.add(insightsOn(section.focus(), context));
        return new Section(section.focus(), List.copyOf(groups));
    }

    private static Group insightsOn(FocusPoint focus, EvaluationContext context) {
        List<Statement> statements = context.insights().stream()
                .filter(i -> i.focus() == focus)
                .sorted(Comparator.comparing(InsightRecorded::effectiveOn))
                .map(i -> fact("evaluation.insight", List.of(i.effectiveOn(), i.text()), List.of(i.entryId())))
                .collect(Collectors.toCollection(ArrayList::new));
        if (statements.isEmpty()) {
            statements.add(new Statement("evaluation.insights.none", List.of(focus), List.of(), true));
        }
        return new Group(
                "evaluation.group.insights", "indsigter-" + focus.name().toLowerCase(), statements);
    }

    /** The entries the statements cite, in the order first cited. */
    private static Map<String, Evidence> cited(List<Section> sections, EvaluationContext context) {
        Map<String, Evidence> cited = new LinkedHashMap<>();
        sections.forEach(section -> section.groups()
                .forEach(group -> group.statements()
                        .forEach(statement -> statement
                                .entryIds()
                                .forEach(id -> context.evidence(id).ifPresent(e -> cited.put(id, e))))));
        return cited;
    }
}
