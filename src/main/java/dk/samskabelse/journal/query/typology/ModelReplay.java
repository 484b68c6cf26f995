package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replay under another model: every project's typology under the active model and under an alternative one,
 * side by side, computed from the read-model rows without touching the event store or the live projections.
 * Projects are ordered by id and each is judged at a date fixed by its own journal (its last entry, or a given
 * asOf), so the same events and the same model always give the same output.
 */
@Service
public class ModelReplay {

    public record ModelName(String name, String version) {}

    public record ProjectComparison(
            String projectId, String name, LocalDate horizon, TypologyView active, TypologyView alternative) {}

    public record Result(ModelName activeModel, ModelName alternativeModel, List<ProjectComparison> projects) {}

    private final JpaProjectionStore store;
    private final ProjectDataSource source;
    private final TypologyService typology;
    private final TypologyModels models;

    public ModelReplay(
            JpaProjectionStore store, ProjectDataSource source, TypologyService typology, TypologyModels models) {
        this.store = store;
        this.source = source;
        this.typology = typology;
        this.models = models;
    }

    // Reads every project in one go: longer than spring.transaction.default-timeout allows, and it writes nothing.
    @Transactional(readOnly = true, timeout = 3600)
    public Result replay(TypologyModel alternative, LocalDate asOf) {
        TypologyModel active = models.active();
        List<ProjectComparison> projects = store.all(ProjectSummary.class).stream()
                .sorted(Comparator.comparing(ProjectSummary::getProjectId))
                .map(summary -> {
                    LocalDate horizon = asOf != null ? asOf : summary.getLastEntryOn();
                    return source.load(summary.getProjectId(), TimeTravel.NOW)
                            .map(data -> new ProjectComparison(
                                    summary.getProjectId(),
                                    summary.getName(),
                                    horizon,
                                    typology.view(data, active, horizon),
                                    typology.view(data, alternative, horizon)))
                            .orElseThrow();
                })
                .toList();
        return new Result(
                new ModelName(active.name(), active.version()),
                new ModelName(alternative.name(), alternative.version()),
                projects);
    }
}
