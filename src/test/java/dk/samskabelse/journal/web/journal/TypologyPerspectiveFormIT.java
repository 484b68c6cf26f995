package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.EvaluationSources;
import dk.samskabelse.journal.support.TestUsers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13, the declaration form: it offers the perspectives the user's role allows (a chef the chef's, a project
 * leader their own and a partner's with the partner's representative), refuses any other with the Danish message
 * next to the field and stores nothing, and explains each of seed 001's four types with a short definition and
 * the seed's own sentence, in Danish and in English.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypologyPerspectiveFormIT extends PageTestBase {

    private static final String CHEF = "side-chef";

    TestProject project;
    String club;

    @BeforeAll
    void aProjectWithAnAssociation() {
        project = newProject("Perspektiver i formularen");
        club = UUID.randomUUID().toString();
        register(
                project.id(),
                UUID.randomUUID().toString(),
                club,
                ActorKind.FORENING,
                "Naturvennerne",
                Role.MEDPRODUCENT,
                STARTED.plusDays(4));
        accounts.createIfMissing(CHEF, UserRole.CHEF, TestUsers.PASSWORD);
        accounts.assign(CHEF, project.id());
        awaitProjections();
    }

    private String path() {
        return "/projekter/" + project.id() + "/typologi";
    }

    private MvcResult submit(String username, UserRole role, Map<String, String> values) throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path()));
        values.forEach((name, value) -> fields.put(name, List.of(value)));
        MockHttpServletRequestBuilder request = post(path())
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .with(user(username).roles(role.name()))
                .with(csrf());
        fields.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        return mvc.perform(request).andReturn();
    }

    private static Map<String, String> placement(String perspective, String actorId) {
        Map<String, String> values = new LinkedHashMap<>(Map.of(
                "openness",
                "0,5",
                "centrality",
                "0,6",
                "rationale",
                "Foreningen driver projektet",
                "effectiveOn",
                "2020-02-01"));
        values.put("perspective", perspective);
        if (actorId != null) {
            values.put("actorId", actorId);
        }
        return values;
    }

    private static void assertErrorNextTo(Document page, String fieldId, String message) {
        Element error = page.getElementById(fieldId + "-error");
        assertThat(error).as("error next to #" + fieldId).isNotNull();
        assertThat(error.text()).contains(message);
        assertThat(page.getElementById(fieldId).attr("aria-describedby")).contains(fieldId + "-error");
        assertThat(page.select(".error-summary a[href='#" + fieldId + "']").text())
                .contains(message);
    }

    @Test
    void theLeaderChoosesTheirOwnOrAPartnersPerspectiveAndThePartnerFromTheProjectsNonMunicipalActors()
            throws Exception {
        Document page = page(path());
        assertThat(page.select("input[name=perspective]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("PROJEKTLEDER", "PARTNER");
        assertThat(page.selectFirst("input[name=perspective][checked]").attr("value"))
                .isEqualTo("PROJEKTLEDER");
        assertThat(page.select("select#actorId option"))
                .extracting(Element::text)
                .anySatisfy(text -> assertThat(text).contains("Naturvennerne"))
                .noneSatisfy(text -> assertThat(text).contains("Lars B."));

        Document chefs = parse(mvc.perform(
                        get(path()).accept(MediaType.TEXT_HTML).with(user(CHEF).roles(UserRole.CHEF.name())))
                .andReturn());
        assertThat(chefs.select("input[name=perspective]"))
                .extracting(e -> e.attr("value"))
                .containsExactly("CHEF");
        assertThat(chefs.select("select#actorId")).isEmpty();
    }

    @Test
    void aPerspectiveTheRoleDoesNotAllowIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
        int before = events(project.id());

        MvcResult result = submit(CHEF, UserRole.CHEF, placement("PROJEKTLEDER", null));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertErrorNextTo(
                parse(result), "perspective", "Du kan ikke erklære en placering fra dette perspektiv med din rolle.");
        assertThat(events(project.id())).isEqualTo(before);
    }

    @Test
    void aPartnersPlacementWithoutItsRepresentativeIsRefusedNextToTheActorField() throws Exception {
        int before = events(project.id());

        MvcResult result = submit(LEADER, UserRole.PROJEKTLEDER, placement("PARTNER", ""));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = parse(result);
        assertErrorNextTo(page, "actorId", "Vælg den aktør, der repræsenterer partneren.");
        assertThat(page.selectFirst("textarea[name=rationale]").wholeText().strip())
                .isEqualTo("Foreningen driver projektet");
        assertThat(events(project.id())).isEqualTo(before);
    }

    @Test
    void aPartnersPlacementIsRecordedWithItsRepresentative() throws Exception {
        int before = events(project.id());

        MvcResult result = submit(LEADER, UserRole.PROJEKTLEDER, placement("PARTNER", club));

        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        assertThat(events(project.id())).isEqualTo(before + 1);
        assertThat(lastEventType(project.id())).isEqualTo("TypologyDeclared");
        String payload = jdbc.queryForObject(
                "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number DESC LIMIT 1",
                String.class,
                project.id());
        assertThat(payload).contains("\"perspective\":\"PARTNER\"", "\"actorId\":\"" + club + "\"");
    }

    @Test
    void theEvaluationsProcessSectionSaysWhoPlacedTheProjectWhereAndCitesTheDeclarations() throws Exception {
        TestProject evaluated = newProject("Uenige parter");
        String association = UUID.randomUUID().toString();
        register(
                evaluated.id(),
                UUID.randomUUID().toString(),
                association,
                ActorKind.FORENING,
                "Cykelklubben",
                Role.MEDINITIATIVTAGER,
                STARTED.plusDays(4));
        String leaders = declare(evaluated.id(), 0.5, -0.5, TypologyPerspective.PROJEKTLEDER, null);
        String partners = declare(evaluated.id(), 0.6, 0.7, TypologyPerspective.PARTNER, association);
        String chefs = declare(evaluated.id(), -0.4, -0.6, TypologyPerspective.CHEF, null);
        awaitProjections();

        Document page = page("/projekter/" + evaluated.id() + "/evaluering");

        Element group = page.getElementById("fokus-proces-perspektiver");
        assertThat(group).isNotNull();
        assertThat(group.selectFirst("h3").text())
                .isEqualTo("Perspektiver: er parterne enige om, hvilken samskabelse de er i?");
        assertThat(group.text())
                .contains(
                        "Projektleder placerede den 1. februar 2020 projektet i Ligeværdig",
                        "Partneren, repræsenteret ved Cykelklubben, placerede den 1. februar 2020 projektet i Faciliterende",
                        "Chef placerede den 1. februar 2020 projektet i Styret",
                        "3 perspektiver er uenige om samskabelsestypen");
        for (String entry : List.of(leaders, partners, chefs)) {
            // Issue 15: cited by number; each number names its entries.
            assertThat(EvaluationSources.references(group, entry)).as(entry).isPositive();
        }
        // Every statement of the group cites entries.
        assertThat(group.select("li.statement"))
                .isNotEmpty()
                .allSatisfy(statement -> assertThat(statement.selectFirst(".evidence"))
                        .as(statement.text())
                        .isNotNull());

        // The portfolio's column: how many perspectives are in force and how far apart (chef to partner: 1.64).
        Element row = page("/").select("#projekttabel tbody tr").stream()
                .filter(tr -> tr.text().contains("Uenige parter"))
                .findFirst()
                .orElseThrow();
        assertThat(row.selectFirst("td.perspectives-cell").text())
                .isEqualTo("3 perspektiver, uenige om kvadrant (afstand 1,64)");
    }

    private String declare(
            String projectId, double openness, double centrality, TypologyPerspective perspective, String actorId) {
        String entryId = UUID.randomUUID().toString();
        commands.sendAndWait(new DeclareTypology(
                projectId,
                entryId,
                LocalDate.of(2020, 2, 1),
                openness,
                centrality,
                "Begrundelse",
                perspective,
                actorId));
        return entryId;
    }

    @Test
    void theFormExplainsEachQuadrantWithItsDefinitionAndSeedQuoteInDanish() throws Exception {
        Document page = page(path());
        Element list = page.selectFirst("dl.quadrant-list");
        assertThat(list.select("dt"))
                .extracting(e -> e.selectFirst("span").text())
                .containsExactly(
                        "Ligeværdig samskabelse",
                        "Faciliterende samskabelse",
                        "Styret samskabelse",
                        "Ansvarliggørende samskabelse");
        assertThat(list.select("blockquote.seed-quote"))
                .hasSize(4)
                .allSatisfy(quote ->
                        assertThat(quote.selectFirst("footer").text()).contains("seed 001_63d4697c330befc9.txt"));
        assertThat(list.select("dd").get(0).text())
                .contains(
                        "Kommunen identificerer problemet",
                        "»Ligeværdig samskabelse er defineret ved, at resultatet af samskabelsen ikke er givet på forhånd, "
                                + "og at de kommunale aktører varetager en central rolle i samskabelsesprocessen.«");
        assertThat(list.select("dd").get(1).text())
                .contains("tager initiativet", "»Faciliterende samskabelse er defineret ved");
        assertThat(list.select("dd").get(2).text())
                .contains("definerer, afgrænser og bestemmer", "»Styret samskabelse er defineret ved");
        assertThat(list.select("dd").get(3).text())
                .contains("hjælp til selvhjælp", "»Ansvarliggørende samskabelse er defineret ved");
    }

    @Test
    void theFormExplainsEachQuadrantInEnglishWithTheSeedsDanishWords() throws Exception {
        Document page = page(path() + "?lang=en");
        Element list = page.selectFirst("dl.quadrant-list");
        assertThat(list.select("dd").get(0).text())
                .contains("The municipality identifies the problem", "»Ligeværdig samskabelse er defineret ved");
        assertThat(list.select("dd").get(1).text()).contains("take the initiative");
        assertThat(list.select("dd").get(2).text()).contains("defines, delimits and decides");
        assertThat(list.select("dd").get(3).text()).contains("help to self-help");
        assertThat(page.select("label[for=perspective-PROJEKTLEDER]").text()).isEqualTo("Project leader");
    }
}
