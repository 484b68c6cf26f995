package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.typology.TypologyView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the pictures of a project in the user's language; shared by the timeline and the replay page. */
@Component
public class ChartFactory {

    private final MessageSource messages;

    ChartFactory(MessageSource messages) {
        this.messages = messages;
    }

    public TimelineChart timeline(ProjectData data, Function<String, String> names, LocalDate to) {
        Locale locale = LocaleContextHolder.getLocale();
        return TimelineChart.of(data, names, to, tickFormat(locale), roles(locale), phases(locale));
    }

    /** The project zoomed to the days from .. to (the timeline page's date range). */
    public TimelineChart timeline(ProjectData data, Function<String, String> names, LocalDate from, LocalDate to) {
        Locale locale = LocaleContextHolder.getLocale();
        return TimelineChart.zoomed(data, names, from, to, tickFormat(locale), roles(locale), phases(locale));
    }

    private DateTimeFormatter tickFormat(Locale locale) {
        return DateTimeFormatter.ofPattern(messages.getMessage("format.month", null, locale), locale);
    }

    private Function<Role, String> roles(Locale locale) {
        return role -> messages.getMessage("enum.Role." + role, null, locale);
    }

    private Function<Phase, String> phases(Locale locale) {
        return phase -> messages.getMessage("enum.Phase." + phase, null, locale);
    }

    /**
     * The trajectory's points with their phases and reasons, the declarations current or earlier, and the labels
     * placed apart (issue 18 item 7). Depends only on the project's data, the view and the model's window, so it
     * may be rendered once per project version. trajectory: the view's, as {@link #trajectory} drew it.
     */
    public PlaneMarks planeMarks(
            ProjectData data,
            TypologyView view,
            TypologyPlane.Trajectory trajectory,
            int windowDays,
            List<TypologyPlane.PerspectiveMark> perspectiveMarks) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter shortDate =
                DateTimeFormatter.ofPattern(messages.getMessage("format.shortDate", null, locale), locale);
        return new PlaneMarksBuilder((key, args) -> messages.getMessage(key, args, locale), shortDate)
                .build(data, view, trajectory, windowDays, perspectiveMarks);
    }

    public TypologyPlane plane() {
        return new TypologyPlane();
    }

    /** The enacted points that have a placement, in date order. */
    public TypologyPlane.Trajectory trajectory(TypologyView view) {
        return TypologyPlane.trajectory(view.enacted().stream()
                .filter(p -> p.openness() != null && p.centrality() != null)
                .map(p -> TypologyPlane.spot(
                        p.openness(),
                        p.centrality(),
                        p.quadrant(),
                        Objects.requireNonNullElse(p.borderline(), false),
                        p.date()))
                .toList());
    }

    /**
     * The placements from every perspective in force (issue 13), each labelled in the user's language: the
     * perspective, and for a partner the representative's name (as the viewer may see it).
     */
    public List<TypologyPlane.PerspectiveMark> perspectives(TypologyView view, Function<String, String> names) {
        Locale locale = LocaleContextHolder.getLocale();
        List<TypologyPlane.Spot> spots = new ArrayList<>();
        List<TypologyPerspective> perspectives = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (TypologyView.Declared d : view.perspectives()) {
            if (d.perspective() == null) {
                // Declared before perspectives were recorded: drawn as before, a diamond (see earlierDeclarations).
                continue;
            }
            spots.add(TypologyPlane.spot(d.openness(), d.centrality(), d.quadrant(), d.borderline(), d.effectiveOn()));
            perspectives.add(d.perspective());
            labels.add(perspectiveLabel(d, names, locale));
        }
        return TypologyPlane.perspectiveMarks(spots, perspectives, labels);
    }

    /** "Chef", "Projektleder", "Partner: Foreningen", "Forsker", or "Ikke angivet" (declared before issue 13). */
    public String perspectiveLabel(TypologyView.Declared d, Function<String, String> names, Locale locale) {
        String perspective = messages.getMessage(
                "enum.TypologyPerspective."
                        + (d.perspective() == null ? "NONE" : d.perspective().name()),
                null,
                locale);
        if (d.actorId() == null) {
            return perspective;
        }
        String name = Objects.requireNonNullElse(names.apply(d.actorId()), d.actorId());
        return messages.getMessage("chart.perspective.partner", new Object[] {perspective, name}, locale);
    }

    /**
     * The project's own declarations drawn as diamonds: all but those in force with a recorded perspective, which
     * are drawn as perspective marks. A declaration without a perspective (stored before issue 13) stays a diamond.
     */
    public List<TypologyPlane.Spot> earlierDeclarations(TypologyView view) {
        Set<String> inForce = new HashSet<>();
        view.perspectives().stream().filter(d -> d.perspective() != null).forEach(d -> inForce.add(d.entryId()));
        return view.declared().stream()
                .filter(d -> !inForce.contains(d.entryId()))
                .map(d ->
                        TypologyPlane.spot(d.openness(), d.centrality(), d.quadrant(), d.borderline(), d.effectiveOn()))
                .toList();
    }

    public List<TypologyPlane.Spot> declared(TypologyView view) {
        return view.declared().stream()
                .map(d ->
                        TypologyPlane.spot(d.openness(), d.centrality(), d.quadrant(), d.borderline(), d.effectiveOn()))
                .toList();
    }
}
