package dk.samskabelse.journal.query.portfolio;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.projection.JpaProjectionStore;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.typology.Drift;
import dk.samskabelse.journal.query.typology.EnactedPlacement;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.Perspectives;
import dk.samskabelse.journal.query.typology.ProjectHistory;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyPoint;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio: every project with phase, declared and enacted quadrant, the drift flag and the drift over the
 * whole history (issue 13). A project's line is computed from its read-model rows and kept (ViewCache, issue 14) until
 * the project's version moves on, the day changes or another model becomes the active one; the version comes with
 * the summary rows the page reads anyway.
 */
@Service
public class PortfolioService {

    private final JpaProjectionStore store;
    private final ProjectDataSource source;
    private final TypologyService typology;
    private final TypologyModels models;
    private final Clock clock;
    private final DemoProvenance demo;
    private final ViewCache cache;

    public PortfolioService(
            JpaProjectionStore store,
            ProjectDataSource source,
            TypologyService typology,
            TypologyModels models,
            Clock clock,
            DemoProvenance demo,
            ViewCache cache) {
        this.cache = cache;
        this.store = store;
        this.source = source;
        this.typology = typology;
        this.models = models;
        this.clock = clock;
        this.demo = demo;
    }

    @Transactional(readOnly = true)
    public List<PortfolioEntry> portfolio() {
        return portfolio(PortfolioOrder.DEFAULT);
    }

    /** The portfolio in the given order (issue 13: sortable by the drift over the whole history). */
    @Transactional(readOnly = true)
    public List<PortfolioEntry> portfolio(PortfolioOrder order) {
        LocalDate today = LocalDate.now(clock);
        return store.all(ProjectSummary.class).stream()
                .map(summary -> entry(summary, today))
                .flatMap(Optional::stream)
                .sorted(order.comparator())
                .toList();
    }

    private Optional<PortfolioEntry> entry(ProjectSummary summary, LocalDate today) {
        TypologyModel model = models.active();
        return source.now(summary.getProjectId(), summary.getProjectionVersion())
                .map(data -> cache.view(data, "portfolio", List.of(model, today), () -> compute(data, model, today)));
    }

    private PortfolioEntry compute(ProjectData data, TypologyModel model, LocalDate today) {
        ProjectSummary summary = data.summary();
        Optional<PortfolioEntry.Placement> declared =
                typology.currentDeclaration(data).map(d -> placement(d.point()));
        EnactedPoint enactedPoint = typology.current(data, model, today);
        Optional<PortfolioEntry.Placement> enacted = enactedPoint.point().map(PortfolioService::placement);
        boolean drift = declared.isPresent()
                && enacted.isPresent()
                && declared.get().quadrant() != enacted.get().quadrant();
        // Issue 13: the whole history, judged up to today or, for a closed project, its closing date.
        LocalDate end =
                summary.getClosedOn() != null && summary.getClosedOn().isBefore(today) ? summary.getClosedOn() : today;
        ProjectHistory history = TypologyService.history(data);
        Drift whole = Drift.between(history.declarations(), new EnactedPlacement(model).trajectoryUntil(history, end));
        return new PortfolioEntry(
                summary.getProjectId(),
                summary.getName(),
                summary.getMunicipality(),
                summary.getArea(),
                summary.getStartedOn(),
                summary.getClosedOn(),
                PhasesView.from(data).current(),
                declared.orElse(null),
                enacted.orElse(null),
                drift,
                new PortfolioEntry.LastEntry(
                        summary.getLastEntryId(),
                        summary.getLastEntryType(),
                        summary.getLastEntryOn(),
                        summary.getLastRecordedAt(),
                        summary.getLastRecordedBy()),
                summary.getEntryCount(),
                DriftHistory.of(whole.periods(), end),
                demo.isDemo(summary.getProjectId()),
                perspectives(typology.perspectives(data, today)));
    }

    private static PortfolioEntry.Perspectives perspectives(Perspectives inForce) {
        return new PortfolioEntry.Perspectives(
                inForce.placements().size(),
                inForce.largest().map(Perspectives.Pair::distance).orElse(null),
                inForce.disagreeOnQuadrant());
    }

    private static PortfolioEntry.Placement placement(TypologyPoint point) {
        return new PortfolioEntry.Placement(point.openness(), point.centrality(), point.quadrant(), point.borderline());
    }
}
