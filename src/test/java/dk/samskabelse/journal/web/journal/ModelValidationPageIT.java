package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 13, point 3: the researcher's model validation page runs a shipped or uploaded model over the seed cases
 * and shows per case the seed's type, where it lands, the days per quadrant and whether it agrees.
 */
class ModelValidationPageIT extends PageTestBase {

    private static final String PAGE = "/forskning/modelvalidering";
    private static final String RESEARCHER = "side-forsker";
    private static final RequestPostProcessor AS_RESEARCHER = user(RESEARCHER).roles(UserRole.FORSKER.name());

    @BeforeEach
    void aResearcher() {
        accounts.createIfMissing(RESEARCHER, UserRole.FORSKER, TestUsers.PASSWORD);
    }

    @Test
    void theActiveModelAgreesWithEverySeed() throws Exception {
        Document page = html(mvc.perform(get(PAGE).with(AS_RESEARCHER).accept(MediaType.TEXT_HTML))
                .andReturn());

        assertThat(page.selectFirst("h2").text()).contains("standard 2.0", "5 af 5");
        // Issue 18 item 10: the models by their own name and version, the active one once.
        assertThat(page.select("#model option").eachText())
                .containsExactly("Den aktive model (standard 2.0)", "hearings-weighted 1.0", "standard-v1 1.0");
        Element table = page.getElementById("validering");
        assertThat(table.select("tbody tr")).hasSize(5);
        assertThat(table.select("tbody tr td:last-child strong"))
                .allSatisfy(cell -> assertThat(cell.text()).isEqualTo("ja"));
        Element naturensRige = table.selectFirst("tr[data-case=naturens-rige]");
        assertThat(naturensRige.select("td").get(0).text()).isEqualTo("Ligeværdig");
        assertThat(naturensRige.select("td").get(1).text()).isEqualTo("Ligeværdig");
    }

    @Test
    void theFirstModelDisagreesOnNaturensRige() throws Exception {
        Document page = html(mvc.perform(get(PAGE)
                        .param("model", "typology-model-v1")
                        .with(AS_RESEARCHER)
                        .accept(MediaType.TEXT_HTML))
                .andReturn());

        assertThat(page.selectFirst("h2").text()).contains("standard-v1 1.0", "3 af 5");
        assertThat(page.selectFirst("#model option[selected]").val()).isEqualTo("standard-v1");
        Element naturensRige = page.selectFirst("tr[data-case=naturens-rige]");
        assertThat(naturensRige.select("td").get(1).text()).isEqualTo("Faciliterende");
        assertThat(naturensRige.selectFirst("td:last-child strong").text()).isEqualTo("nej");
        assertThat(naturensRige.select("td:last-child li")).isNotEmpty();
        assertThat(page.selectFirst("tr[data-case=hjerterum] td:last-child strong")
                        .text())
                .isEqualTo("ja");
    }

    @Test
    void anUploadedModelIsRunAndAnUnusableOneGetsADanishError() throws Exception {
        byte[] good = Files.readAllBytes(Path.of("projections", "typology-model-v1.yaml"));
        Document ran = html(mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile("fil", "min-model.yaml", "application/yaml", good))
                        .with(AS_RESEARCHER)
                        .with(csrf()))
                .andReturn());
        assertThat(ran.selectFirst("h2").text()).contains("standard-v1 1.0", "3 af 5");

        String broken = new String(good, StandardCharsets.UTF_8).replace("windowDays: 90", "windowDays: 0");
        MvcResult result = mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile(
                                "fil", "min-model.yaml", "application/yaml", broken.getBytes(StandardCharsets.UTF_8)))
                        .with(AS_RESEARCHER)
                        .with(csrf()))
                .andReturn();
        Document refused = html(result);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Element error = refused.getElementById("model-fejl");
        assertThat(error.selectFirst("h2").text()).isEqualTo("Modellen kan ikke bruges");
        assertThat(error.select("li").text()).contains("min-model.yaml: model: windowDays 0 must be at least 1");
        assertThat(refused.getElementById("validering")).isNull();
    }

    @Test
    void aProjectLeaderMayNotUseThePage() throws Exception {
        MvcResult result = mvc.perform(get(PAGE).accept(MediaType.TEXT_HTML)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    private static Document html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
