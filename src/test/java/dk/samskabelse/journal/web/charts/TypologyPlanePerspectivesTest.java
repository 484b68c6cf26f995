package dk.samskabelse.journal.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.TypologyView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Issue 13: the typology plane shows the placement of every perspective in force side by side, each with its own
 * shape, class and text label (not colour alone), a title per mark and a description naming them all. Rendered
 * from the real template (charts/plane.html) with the real message bundle.
 */
class TypologyPlanePerspectivesTest {

    private static final Locale DA = Locale.forLanguageTag("da");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void thePlaneShowsEachPerspectivesMarkAndLabel() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        LocaleContextHolder.setLocale(DA);
        ChartFactory charts = new ChartFactory(messages);
        TypologyView view = view(List.of(
                declared("e-leader", -0.5, -0.5, TypologyPerspective.PROJEKTLEDER, null),
                declared("e-club", 0.5, 0.6, TypologyPerspective.PARTNER, "club"),
                declared("e-research", 0.4, -0.3, TypologyPerspective.FORSKER, null)));

        List<TypologyPlane.PerspectiveMark> marks =
                charts.perspectives(view, Map.of("club", "Foreningen Naturvenner")::get);

        assertThat(marks)
                .extracting(TypologyPlane.PerspectiveMark::label)
                .containsExactly("Projektleder", "Partner: Foreningen Naturvenner", "Forsker");
        assertThat(marks)
                .extracting(TypologyPlane.PerspectiveMark::cssClass)
                .containsExactly(
                        "perspective-mark--projektleder", "perspective-mark--partner", "perspective-mark--forsker");
        // Three different shapes: a triangle (3 corners), a downward triangle (3), a cross (12).
        assertThat(marks).extracting(m -> m.shape().split(" ").length).containsExactly(3, 3, 12);
        // The partner on the right half is labelled to the left of its mark, inside the picture.
        assertThat(marks)
                .extracting(TypologyPlane.PerspectiveMark::labelAnchor)
                .containsExactly("start", "end", "start");
        assertThat(marks.get(0).shape())
                .isNotEqualTo(TypologyPlane.shape(marks.get(0).spot(), TypologyPerspective.PARTNER));

        String svg = render(messages, charts, view, marks);

        Matcher groups = Pattern.compile("<g class=\"perspective-mark ([a-z-]+)\">\\s*<title>([^<]+)</title>\\s*"
                        + "<polygon class=\"perspective-shape\" points=\"([^\"]+)\"/>\\s*<text[^>]*>([^<]+)</text>")
                .matcher(svg);
        List<String> rendered = new java.util.ArrayList<>();
        while (groups.find()) {
            rendered.add(groups.group(1) + "|" + groups.group(4) + "|" + groups.group(2));
            assertThat(groups.group(3)).isNotBlank();
        }
        assertThat(rendered)
                .containsExactly(
                        "perspective-mark--projektleder|Projektleder|Projektleder, erklæret 1. marts 2024: Styret "
                                + "(åbenhed -0,50, centralitet -0,50)",
                        "perspective-mark--partner|Partner: Foreningen Naturvenner|Partner: Foreningen Naturvenner, "
                                + "erklæret 1. marts 2024: Faciliterende (åbenhed 0,50, centralitet 0,60)",
                        "perspective-mark--forsker|Forsker|Forsker, erklæret 1. marts 2024: Ligeværdig "
                                + "(åbenhed 0,40, centralitet -0,30)");
        // The text alternative names every perspective and its type.
        assertThat(svg)
                .contains("Placeringer fra 3 perspektiver i kraft, hver med sin form og sit navn: "
                        + "Projektleder: Styret; Partner: Foreningen Naturvenner: Faciliterende; Forsker: Ligeværdig.");
    }

    private static String render(
            ResourceBundleMessageSource messages,
            ChartFactory charts,
            TypologyView view,
            List<TypologyPlane.PerspectiveMark> marks) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        Context context = new Context(DA);
        context.setVariable("plane", charts.plane());
        context.setVariable("trajectory", charts.trajectory(view));
        context.setVariable("declared", charts.earlierDeclarations(view));
        context.setVariable("perspectiveMarks", marks);
        // Issue 18 item 7: the fragment draws the points, declarations and labels from planeMarks.
        ProjectData none = new ProjectData(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        context.setVariable("planeMarks", charts.planeMarks(none, view, charts.trajectory(view), 90, marks));
        context.setVariable("prefix", "bane");
        return engine.process("charts/plane", Set.of("trajectory"), context);
    }

    private static TypologyView.Declared declared(
            String entryId, double openness, double centrality, TypologyPerspective perspective, String actorId) {
        return new TypologyView.Declared(
                entryId,
                LocalDate.of(2024, 3, 1),
                openness,
                centrality,
                Quadrant.of(openness, centrality),
                false,
                "Begrundelse",
                perspective,
                actorId);
    }

    private static TypologyView view(List<TypologyView.Declared> perspectives) {
        TypologyView.Point point = new TypologyView.Point(
                LocalDate.of(2024, 4, 1), 0.2, -0.3, Quadrant.LIGEVAERDIG, false, BigDecimal.ONE, BigDecimal.ONE);
        return new TypologyView(
                "default",
                "1",
                List.of(perspectives.get(0)),
                List.of(point),
                point,
                List.of(),
                List.of(),
                perspectives,
                new TypologyView.Disagreement(
                        3,
                        1.4866,
                        List.of("e-leader", "e-club"),
                        true,
                        List.of(Quadrant.STYRET, Quadrant.FACILITERENDE, Quadrant.LIGEVAERDIG)));
    }
}
