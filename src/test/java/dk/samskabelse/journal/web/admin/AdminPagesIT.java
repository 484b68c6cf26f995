package dk.samskabelse.journal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administrator's pages: find an actor by project, the access report, the erasure with its confirmation
 * (a POST form carrying an entry id, so a confirmation sent twice erases once) and the access log, requested as
 * the administrator; the journal's entry forms are requested as a project leader assigned to the project.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminPagesIT {

    private static final LocalDate STARTED = LocalDate.of(2020, 1, 1);
    private static final String LEADER = "admin-side-leder";
    private static final RequestPostProcessor AS_ADMIN = user(TestUsers.ADMIN).roles(UserRole.ADMIN.name());
    private static final RequestPostProcessor AS_LEADER = user(LEADER).roles(UserRole.PROJEKTLEDER.name());

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProcessors projections;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts accounts;

    String projectId;
    String citizen;
    String staff;
    /** Erased by one test; the others use the citizen and the staff member. */
    String erasable;
    /** Erased through forms whose nonce was edited (issue 11), with the entry id of its registration. */
    String edited;

    String editedRegistration;
    String editedToo;

    @BeforeAll
    void aProjectWithTwoActors() {
        projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Admin-projektet",
                "Lejre",
                Area.KULTUR_OG_FRITID,
                "Et formål",
                STARTED));
        citizen = register(
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                new ActorPersonalData("Signe Admintest", "Foreningen Admintest", "signe.admintest@example.dk"));
        staff = register(ActorKind.MEDARBEJDER, Role.FACILITATOR, new ActorPersonalData("Mette Admintest", null, null));
        erasable = register(ActorKind.MEDARBEJDER, Role.KONVENER, new ActorPersonalData("Lars Admintest", null, null));
        editedRegistration = UUID.randomUUID().toString();
        edited = register(
                editedRegistration,
                ActorKind.MEDARBEJDER,
                Role.KONVENER,
                new ActorPersonalData("Nina Admintest", null, null));
        editedToo = register(ActorKind.MEDARBEJDER, Role.KONVENER, new ActorPersonalData("Otto Admintest", null, null));
        commands.sendAndWait(new RecordEngagement(
                projectId,
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                STARTED.plusDays(10),
                citizen,
                List.of(
                        new Participation(citizen, Influence.MEDBESTEMMENDE),
                        new Participation(staff, Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        accounts.createIfMissing(LEADER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
        accounts.assign(LEADER, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/admin",
                "/admin/personoplysninger",
                "/admin/personoplysninger?projekt=~",
                "/admin/personoplysninger/~/staff",
                "/admin/personoplysninger/~/staff/sletning",
                "/admin/adgangslog"
            })
    void everyAdminPageLabelsItsFieldsKeepsHeadingsInOrderAndHasEveryText(String path) throws Exception {
        Document page = page(path.replace("~", projectId).replace("staff", staff));

        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.selectFirst("label[for=" + field.id() + "]"))
                    .as("label for " + field.attr("name"))
                    .isNotNull();
        }
        List<Integer> levels = page.select("h1, h2, h3").stream()
                .map(heading -> Integer.parseInt(heading.tagName().substring(1)))
                .toList();
        assertThat(levels).first().isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void theAdministratorFindsTheActorsOfAProject() throws Exception {
        Document page = page("/admin/personoplysninger?projekt=" + projectId);

        assertThat(page.select("table tbody th").eachText()).contains("Signe Admintest", "Mette Admintest");
        assertThat(page.select("a[href$=/sletning]").eachAttr("href"))
                .contains("/admin/personoplysninger/" + projectId + "/" + staff + "/sletning");
    }

    @Test
    void theAccessReportShowsTheRegisterAndEveryEntryNamingTheActor() throws Exception {
        Document page = page("/admin/personoplysninger/" + projectId + "/" + citizen);

        assertThat(page.select(".facts dd").eachText())
                .contains("Signe Admintest", "Foreningen Admintest", "signe.admintest@example.dk", "Admin-projektet");
        assertThat(page.select("table tbody tr")).hasSize(2);
        assertThat(page.text()).contains("Tog initiativet").contains("Idéworkshop");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE what = 'ACTOR_REPORT' AND detail = ?",
                        Integer.class,
                        "actor " + citizen + " (page)"))
                .isPositive();
    }

    @Test
    void anErasureIsConfirmedOnceAndTheActorIsShownAsErasedEverywhere() throws Exception {
        String path = "/admin/personoplysninger/" + projectId + "/" + erasable + "/sletning";
        Document confirmation = page(path);
        assertThat(confirmation.selectFirst(".lead").text()).contains("Lars Admintest");
        String entryId = confirmation.selectFirst("form input[name=entryId]").val();

        MvcResult erased = send(path, entryId);
        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/admin/personoplysninger?projekt=" + projectId);
        assertThat((String) erased.getFlashMap().get("confirmation")).contains("Slettet aktør");
        MvcResult again = send(path, entryId);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/admin/personoplysninger?projekt=" + projectId);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE actor_id = ?", Integer.class, erasable))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                                + "AND payload_type LIKE '%ActorPersonalDataErased'",
                        Integer.class, projectId))
                .isOne();
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();
        Document journal = page("/projekter/" + projectId);
        assertThat(journal.text())
                .doesNotContain("Lars Admintest")
                .contains(ActorNames.ERASED)
                .contains("Personoplysninger slettet");

        Document afterwards = page(path);
        // The layout's "Log ud" is a submit button too; the erasure form must have none.
        assertThat(afterwards.select("form[action$=/sletning]")).hasSize(1);
        assertThat(afterwards.select("form[action$=/sletning] button[type=submit]"))
                .isEmpty();
        Document refused = Jsoup.parse(
                send(path, UUID.randomUUID().toString()).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select(".error-summary").text()).contains("allerede slettet");
        assertThat(page("/admin/personoplysninger?projekt=" + projectId)
                        .select("table tbody th")
                        .eachText())
                .contains("Signe Admintest", "Mette Admintest", "Slettet aktør")
                .doesNotContain("Lars Admintest");
    }

    /**
     * The form's hidden entryId is a nonce: edited to an entry id the project holds (here the actor's own
     * registration), it used to be stored as is and acknowledged as a repeat, "erased" with nothing erased.
     */
    @Test
    void anErasureFormWhoseNonceIsEditedToAnEntryIdOfTheProjectStillErases() throws Exception {
        String path = "/admin/personoplysninger/" + projectId + "/" + edited + "/sletning";

        MvcResult erased = send(path, editedRegistration);

        assertThat(erased.getResponse().getRedirectedUrl()).isEqualTo("/admin/personoplysninger?projekt=" + projectId);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE project_id = ? AND actor_id = ?",
                        Integer.class,
                        projectId,
                        edited))
                .isZero();
        assertThat(erasures()).isPositive();

        // The same nonce on another actor's confirmation names the erasure just recorded: refused, never "erased".
        int before = erasures();
        String otherPath = "/admin/personoplysninger/" + projectId + "/" + editedToo + "/sletning";
        MvcResult refused = send(otherPath, editedRegistration);
        assertThat(refused.getResponse().getRedirectedUrl()).isNull();
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select(".error-summary").text()).contains("allerede brugt til en anden indførsel");
        assertThat(page.selectFirst("form input[name=entryId]").val())
                .as("a fresh nonce")
                .isNotEqualTo(editedRegistration);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE project_id = ? AND actor_id = ?",
                        Integer.class,
                        projectId,
                        editedToo))
                .isOne();
        assertThat(erasures()).isEqualTo(before);
    }

    private int erasures() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "AND payload_type LIKE '%ActorPersonalDataErased'",
                Integer.class, projectId);
    }

    /** Issue 18, item 8: a bad user name and a too short password are both told in the first round. */
    @Test
    void aNewUsersNameAndPasswordAreJudgedInTheSameRound() throws Exception {
        MvcResult result = mvc.perform(post("/admin/brugere")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("username", "Ny Bruger!")
                        .param("role", "PROJEKTLEDER")
                        .param("password", "abcd"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#fejl li").eachText())
                .containsExactly(
                        "Brugernavnet skal være 2-64 tegn: små bogstaver a-z, tal, punktum, bindestreg eller understreg.",
                        "Adgangskoden skal være mindst 12 tegn.");
        assertThat(accounts.user("ny bruger!")).isEmpty();
    }

    @Test
    void anUnknownActorIsThe404Page() throws Exception {
        MvcResult result = mvc.perform(get("/admin/personoplysninger/" + projectId + "/" + UUID.randomUUID())
                        .accept(MediaType.TEXT_HTML)
                        .with(AS_ADMIN))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Aktøren findes ikke");
    }

    @Test
    void theAccessLogListsReadsNewestFirst() throws Exception {
        page("/projekter/" + projectId);
        Document log = page("/admin/adgangslog?projekt=" + projectId);

        Element newest = log.selectFirst("table tbody tr");
        assertThat(newest.select("td").eachText())
                .contains(TestUsers.ADMIN, "Admin-projektet", "Tidslinje", "journal page");
    }

    @Test
    void everyFormWithFreeTextWarnsAgainstNamesInIt() throws Exception {
        for (String form : List.of(
                "erkendelse",
                "kursjustering",
                "faseskift",
                "engagementer/ny",
                "rolleskift",
                "udtraeden",
                "tilbagetraekning",
                "afklaring",
                "typologi")) {
            assertThat(page("/projekter/" + projectId + "/" + form, AS_LEADER)
                            .select(".notice--privacy")
                            .text())
                    .as(form)
                    .contains("Skriv ikke borgeres");
        }
        assertThat(page("/projekter/ny", AS_LEADER).select(".notice--privacy")).hasSize(1);
    }

    private String register(ActorKind kind, Role role, ActorPersonalData data) {
        return register(UUID.randomUUID().toString(), kind, role, data);
    }

    private String register(String entryId, ActorKind kind, Role role, ActorPersonalData data) {
        String actorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(projectId, entryId, actorId, kind, role, STARTED, data));
        return actorId;
    }

    /** A page as the administrator asks for it. */
    private Document page(String path) throws Exception {
        return page(path, AS_ADMIN);
    }

    private Document page(String path, RequestPostProcessor signedIn) throws Exception {
        MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(signedIn))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult send(String path, String entryId) throws Exception {
        return mvc.perform(post(path)
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("entryId", entryId)
                        .with(AS_ADMIN)
                        .with(csrf()))
                .andReturn();
    }
}
