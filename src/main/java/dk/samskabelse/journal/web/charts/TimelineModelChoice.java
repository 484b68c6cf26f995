package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.UnusableModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.util.Optional;

/**
 * The typology model the timeline page computes its plane and tables under: ?model=<name> as on the replay page
 * and in the API, the active model when none is named, or when the named one does not exist (problem names it).
 */
public record TimelineModelChoice(TypologyModel model, boolean alternative, PageProblem problem) {

    static TimelineModelChoice of(String raw, TypologyModels models) {
        TypologyModel active = models.active();
        if (raw == null || raw.isBlank()) {
            return new TimelineModelChoice(active, false, null);
        }
        String name = raw.strip();
        Optional<TypologyModel> named;
        try {
            named = models.named(name);
        } catch (UnusableModelException e) {
            return new TimelineModelChoice(
                    active, false, PageProblem.of("timeline.model.unusable", name, active.name()));
        }
        return named.map(m -> new TimelineModelChoice(m, !m.equals(active), null))
                .orElseGet(() -> new TimelineModelChoice(
                        active, false, PageProblem.of("timeline.model.unknown", name, active.name())));
    }
}
