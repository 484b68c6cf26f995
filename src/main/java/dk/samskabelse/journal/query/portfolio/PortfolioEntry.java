package dk.samskabelse.journal.query.portfolio;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.typology.Quadrant;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One project in the chef's portfolio: where it is, where it was meant to be, and whether the two drifted apart.
 * Issue 13: driftHistory, the drift over the whole history; demo, true for a demo project with a partly invented
 * course.
 */
public record PortfolioEntry(
        String projectId,
        String name,
        String municipality,
        Area area,
        LocalDate startedOn,
        LocalDate closedOn,
        Phase phase,
        Placement declared,
        Placement enacted,
        boolean drift,
        LastEntry lastEntry,
        long entryCount,
        DriftHistory driftHistory,
        boolean demo,
        Perspectives perspectives) {

    public PortfolioEntry(
            String projectId,
            String name,
            String municipality,
            Area area,
            LocalDate startedOn,
            LocalDate closedOn,
            Phase phase,
            Placement declared,
            Placement enacted,
            boolean drift,
            LastEntry lastEntry,
            long entryCount) {
        this(
                projectId,
                name,
                municipality,
                area,
                startedOn,
                closedOn,
                phase,
                declared,
                enacted,
                drift,
                lastEntry,
                entryCount,
                DriftHistory.NONE,
                false,
                null);
    }

    public record Placement(double openness, double centrality, Quadrant quadrant, boolean borderline) {}

    /**
     * The placements from several perspectives in force today (issue 13; seed 001: do the parties agree on the
     * process they are in?): how many, the largest distance between two of them (null with fewer than two), and
     * whether they sit in different quadrants.
     */
    public record Perspectives(int inForce, Double largestDistance, boolean differentQuadrants) {}

    public record LastEntry(
            String entryId, String type, LocalDate effectiveOn, Instant recordedAt, String recordedBy) {}
}
