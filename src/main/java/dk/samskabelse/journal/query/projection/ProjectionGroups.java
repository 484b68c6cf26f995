package dk.samskabelse.journal.query.projection;

import java.util.List;

/**
 * The processing groups of the read side: one, {@value #PROJECTIONS}, whose single handler
 * ({@link ProjectionEventHandler}) applies every projector to each event. Renaming it orphans its token and
 * rebuilds every projection from scratch.
 */
public final class ProjectionGroups {

    public static final String PROJECTIONS = "projections";

    public static final List<String> ALL = List.of(PROJECTIONS);

    /**
     * The six groups of journals before issue 14, one per projection. Their tokens and dead letters are taken over
     * or dropped at start-up by {@link ProcessorUpgrade}; nothing else may use these names.
     */
    public static final List<String> LEGACY =
            List.of("portfolio", "roles", "phases", "engagements", "timeline", "typology");

    private ProjectionGroups() {}
}
