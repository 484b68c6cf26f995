package dk.samskabelse.journal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evaluation page's reference date (issue 15, item 5): it says the date the report looks from and how old the
 * last entry is then; a closed project's is its closing date. And the PDF of the print view (item 6).
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationReferenceDateIT {

    private static final RequestPostProcessor LEADER = user(TestUsers.LEADER).roles(UserRole.PROJEKTLEDER.name());

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    MockMvc mvc;

    EvaluationFixture projects;

    @BeforeAll
    void twoProjects() {
        projects = EvaluationFixture.create(TestUsers.projectLeader(port), "Evalueringens dato");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
    }

    @Test
    void thePageSaysTheChosenReferenceDateAndHowOldTheLastEntryIs() throws Exception {
        Document page = page("/projekter/" + projects.open() + "/evaluering?dato=" + EvaluationFixture.CHOSEN);
        assertThat(page.getElementById("referencedato").text())
                .contains("Referencedato: 1. april 2019 (valgt).")
                .contains("Seneste indførsel er 31 dage gammel (1. marts 2019).");
        assertThat(page.selectFirst("input#dato").attr("value")).isEqualTo(EvaluationFixture.CHOSEN);
        assertThat(page.text()).doesNotContain("Senere møde");
        assertThat(page.selectFirst("a[href=/projekter/" + projects.open() + "/evaluering.pdf?dato=2019-04-01]"))
                .isNotNull();
    }

    @Test
    void aClosedProjectsPageUsesItsClosingDateAndOffersNoDateChoice() throws Exception {
        Document page = page("/projekter/" + projects.closed() + "/evaluering?dato=2018-03-01");
        assertThat(page.getElementById("referencedato").text())
                .contains("Referencedato: 1. maj 2018 (projektets afslutningsdato).");
        assertThat(page.selectFirst("input#dato")).isNull();
    }

    @Test
    void aDateThatCannotBeUsedIsSaidAndTheReportIsAsOfToday() throws Exception {
        Document page = page("/projekter/" + projects.open() + "/evaluering?dato=2018-06-01");
        assertThat(page.getElementById("dato-error").text()).contains("før projektets start");
        assertThat(page.getElementById("referencedato").text()).contains("(i dag)");
    }

    @Test
    void thePdfIsThePrintViewWithTheProjectsName() throws Exception {
        MvcResult result = mvc.perform(get("/projekter/" + projects.open() + "/evaluering.pdf?dato=2019-04-01")
                        .with(LEADER))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .contains("evaluering-" + projects.open() + ".pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Evalueringens dato").contains("Referencedato: 1. april 2019");
        }
    }

    private Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(LEADER)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
