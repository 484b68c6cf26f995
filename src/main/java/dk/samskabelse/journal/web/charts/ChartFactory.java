package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.typology.TypologyView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Builds the pictures of a project in the user's language; shared by the timeline and the replay page. */
@Component
public class ChartFactory {

    private final MessageSource messages;

    ChartFactory(MessageSource messages) {
        this.messages = messages;
    }

    public TimelineChart timeline(ProjectData data, Function<String, String> names, LocalDate to) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter ticks = DateTimeFormatter.ofPattern(messages.getMessage("format.month", null, locale),
                locale);
        Function<Role, String> roles = role -> messages.getMessage("enum.Role." + role, null, locale);
        Function<Phase, String> phases = phase -> messages.getMessage("enum.Phase." + phase, null, locale);
        return TimelineChart.of(data, names, to, ticks, roles, phases);
    }

    public TypologyPlane plane() {
        return new TypologyPlane();
    }

    /** The enacted points that have a placement, in date order. */
    public TypologyPlane.Trajectory trajectory(TypologyView view) {
        return TypologyPlane.trajectory(view.enacted().stream()
                .filter(p -> p.openness() != null && p.centrality() != null)
                .map(p -> TypologyPlane.spot(p.openness(), p.centrality(), p.quadrant(),
                        Objects.requireNonNullElse(p.borderline(), false), p.date()))
                .toList());
    }

    public List<TypologyPlane.Spot> declared(TypologyView view) {
        return view.declared().stream()
                .map(d -> TypologyPlane.spot(d.openness(), d.centrality(), d.quadrant(), d.borderline(), d.effectiveOn()))
                .toList();
    }
}
