package dk.samskabelse.journal.query.projection;

import java.util.List;

/** The processing groups of the read side. Renaming one orphans its token and rebuilds it from scratch. */
public final class ProjectionGroups {

    public static final String PORTFOLIO = "portfolio";
    public static final String ROLES = "roles";
    public static final String PHASES = "phases";
    public static final String ENGAGEMENTS = "engagements";
    public static final String TIMELINE = "timeline";
    public static final String TYPOLOGY = "typology";

    public static final List<String> ALL = List.of(PORTFOLIO, ROLES, PHASES, ENGAGEMENTS, TIMELINE, TYPOLOGY);

    private ProjectionGroups() {
    }
}
