package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18 item 11: the declaration form shows the typology plane to click (with its own script, no inline
 * script), marks its required fields as required, and after a failed submit shows the typed numbers on the plane.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypologyFormPlaneIT extends PageTestBase {

    TestProject project;

    @BeforeAll
    void aProject() {
        project = newProject("Planet i formularen");
    }

    private String path() {
        return "/projekter/" + project.id() + "/typologi";
    }

    @Test
    void theFormShowsAPlaneToClickWithItsScript() throws Exception {
        Document page = page(path());
        Element plane = page.selectFirst("form svg.chart--picker");
        assertThat(plane).isNotNull();
        assertThat(plane.attr("role")).isEqualTo("img");
        assertThat(plane.selectFirst("title").text()).isEqualTo("Vælg placeringen i typologien");
        assertThat(plane.select("rect.quadrant")).hasSize(4);
        assertThat(plane.attr("data-left")).isEqualTo("96.0");
        assertThat(plane.attr("data-size")).isEqualTo("460.0");
        assertThat(plane.selectFirst("circle.picker-marker").hasClass("picker-marker--hidden"))
                .as("no numbers yet, no marker")
                .isTrue();
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/typology-picker.js");
        assertThat(page.selectFirst("#typologi-plan-hint").text()).contains("Klik i planet");
    }

    @Test
    void theRequiredFieldsAreMarkedAsRequired() throws Exception {
        Document page = page(path());
        for (String field : List.of("openness", "centrality", "rationale", "effectiveOn")) {
            assertThat(page.selectFirst("label[for=" + field + "]").text())
                    .as(field)
                    .endsWith("(skal udfyldes)");
        }
        assertThat(page.selectFirst("#perspective legend").text()).endsWith("(skal udfyldes)");
        // Other forms keep marking only their optional fields.
        assertThat(page("/projekter/" + project.id() + "/faseskift").select(".required"))
                .isEmpty();
    }

    @Test
    void afterAFailedSubmitTheTypedNumbersStandOnThePlane() throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path()));
        fields.put("perspective", List.of("PROJEKTLEDER"));
        fields.put("openness", List.of("0,5"));
        fields.put("centrality", List.of("-0,5"));
        fields.put("rationale", List.of(""));
        fields.put("effectiveOn", List.of("2020-02-01"));
        Document page = parse(send(path(), fields));
        assertThat(page.select(".error-summary")).isNotEmpty();
        Element marker = page.selectFirst("svg.chart--picker circle.picker-marker");
        assertThat(marker.hasClass("picker-marker--hidden")).isFalse();
        // Centrality -0.5 lies a quarter into the 460 px square from its left edge at 96; openness 0.5 a quarter down.
        assertThat(marker.attr("cx")).isEqualTo("211.0");
        assertThat(marker.attr("cy")).isEqualTo("139.0");
    }
}
