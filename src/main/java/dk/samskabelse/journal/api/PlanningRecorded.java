package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * The decisions of phase 2A Planlægning, by seed 002's focus points: rammesætning (what is fixed, where there is
 * "elastik og spillerum", a realistic time frame), uforudsigelighed (which unpredictability there is room for and
 * how risks beyond it are handled), kommunikation (how the project is spoken of), målgruppe og rekruttering, grad
 * af borgerinvolvering (how far citizens are to have influence, and by which methods) and planlægning af proces.
 */
public record PlanningRecorded(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String fixedFrame,
        String elasticFrame,
        String timeFrame,
        String unpredictability,
        String communication,
        String recruitment,
        Influence intendedInfluence,
        String involvementMethods,
        String processDesign,
        boolean shareable)
        implements JournalEvent {}
