package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.TypologyPerspective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The placements from several perspectives in force on a date, and how far apart they are (issue 13; seed 001
 * opens with "Er de parter, der indgår i samskabelsen enige om, hvilken proces det rent faktisk er, de er en del
 * af?"). Each perspective's latest declaration dated on or before the date is in force: one for the chef, one for
 * the project leader, one per partner actor, one for researchers. A declaration without a recorded perspective
 * (stored before issue 13) is the project's own by an unknown author: it stays in force until the project's next
 * own declaration (CHEF, PROJEKTLEDER or again unrecorded), which replaces it.
 *
 * @param placements the declarations in force: the project's own first (chef, project leader, not recorded), then
 *                   partners (by date, then entry id) and researchers
 * @param largest    the pair of placements farthest apart (empty with fewer than two)
 * @param quadrants  the quadrants they sit in; more than one means they disagree on the type of co-creation
 */
public record Perspectives(List<DeclaredPlacement> placements, Optional<Pair> largest, Set<Quadrant> quadrants) {

    /** Two placements in force and their distance (Euclidean, 4 decimals, as drift's). */
    public record Pair(DeclaredPlacement first, DeclaredPlacement second, double distance) {}

    public Perspectives {
        placements = List.copyOf(placements);
    }

    public static Perspectives on(List<DeclaredPlacement> declarations, LocalDate date) {
        Map<String, DeclaredPlacement> inForce = new LinkedHashMap<>();
        declarations.stream()
                .filter(d -> !d.effectiveOn().isAfter(date))
                // Stable: declarations of one date keep their stored order, the later one wins.
                .sorted(Comparator.comparing(DeclaredPlacement::effectiveOn))
                .forEach(d -> {
                    if (d.isOwn()) {
                        inForce.remove(key(null, null));
                    }
                    inForce.remove(key(d.perspective(), d.actorId()));
                    inForce.put(key(d.perspective(), d.actorId()), d);
                });
        List<DeclaredPlacement> placements = inForce.values().stream()
                // Ties (two partners' placements of one date) by entry id, so every reading gives the same order.
                .sorted(Comparator.comparingInt((DeclaredPlacement d) -> rank(d.perspective()))
                        .thenComparing(DeclaredPlacement::effectiveOn)
                        .thenComparing(DeclaredPlacement::entryId))
                .toList();
        Pair largest = null;
        for (int i = 0; i < placements.size(); i++) {
            for (int j = i + 1; j < placements.size(); j++) {
                double distance =
                        placements.get(i).point().distanceTo(placements.get(j).point());
                if (largest == null || distance > largest.distance()) {
                    largest = new Pair(placements.get(i), placements.get(j), distance);
                }
            }
        }
        Set<Quadrant> quadrants = EnumSet.noneOf(Quadrant.class);
        placements.forEach(p -> quadrants.add(p.point().quadrant()));
        return new Perspectives(placements, Optional.ofNullable(largest), quadrants);
    }

    /** Whether the perspectives in force sit in different quadrants. */
    public boolean disagreeOnQuadrant() {
        return quadrants.size() > 1;
    }

    public List<String> entryIds() {
        List<String> ids = new ArrayList<>();
        placements.forEach(p -> ids.add(p.entryId()));
        return ids;
    }

    private static String key(TypologyPerspective perspective, String actorId) {
        if (perspective == null) {
            return "-";
        }
        return perspective == TypologyPerspective.PARTNER ? perspective + "/" + actorId : perspective.name();
    }

    private static int rank(TypologyPerspective perspective) {
        if (perspective == null) {
            return 2;
        }
        return switch (perspective) {
            case CHEF -> 0;
            case PROJEKTLEDER -> 1;
            case PARTNER -> 3;
            case FORSKER -> 4;
        };
    }
}
