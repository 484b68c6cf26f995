package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The web journal's tests share one application on one in-memory database (one Spring context for all page
 * test classes). Projects are set up through the command gateway and assigned to the project leader the pages are
 * requested as (a stored user, with a CSRF token on every request); pages are read with jsoup.
 */
@JournalIntegrationTest
abstract class PageTestBase {

    static final LocalDate STARTED = LocalDate.of(2020, 1, 1);

    static final String LEADER = "side-leder";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    MockMvc mvc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProcessors projections;

    @Autowired
    JdbcTemplate jdbc;

    /** The journal's clock (Europe/Copenhagen): "today" on a form is its today, not the test machine's. */
    @Autowired
    Clock clock;

    /**
     * A project started on 1 January 2020 with a citizen (co-designer, from 5 January) and a staff member
     * (facilitator, from the start), with the entry ids of the start and of the staff member's registration.
     */
    @BeforeEach
    void signedInAsProjectLeader() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .defaultRequest(get("/").with(user(LEADER).roles(UserRole.PROJEKTLEDER.name()))
                        .with(csrf()))
                .build();
    }

    record TestProject(String id, String startedEntryId, String citizen, String staff, String staffRegistration) {}

    TestProject newProject(String name) {
        String projectId = UUID.randomUUID().toString();
        String startedEntryId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId, startedEntryId, name, "Lejre", Area.KULTUR_OG_FRITID, "Et formål", STARTED));
        String citizen = UUID.randomUUID().toString();
        register(
                projectId,
                UUID.randomUUID().toString(),
                citizen,
                ActorKind.BORGER,
                "Hanne K.",
                Role.MEDDESIGNER,
                STARTED.plusDays(4));
        String staff = UUID.randomUUID().toString();
        String staffRegistration = UUID.randomUUID().toString();
        register(projectId, staffRegistration, staff, ActorKind.MEDARBEJDER, "Lars B.", Role.FACILITATOR, STARTED);
        // Also called from @BeforeAll set-ups, before any @BeforeEach.
        accounts.createIfMissing(LEADER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
        accounts.assign(LEADER, projectId);
        awaitProjections();
        return new TestProject(projectId, startedEntryId, citizen, staff, staffRegistration);
    }

    void register(
            String projectId,
            String entryId,
            String actorId,
            ActorKind kind,
            String name,
            Role role,
            LocalDate joinedOn) {
        commands.sendAndWait(new RegisterActor(
                projectId, entryId, actorId, kind, role, joinedOn, new ActorPersonalData(name, null, null)));
    }

    void awaitProjections() {
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();
    }

    Document page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return parse(result);
    }

    /** The hidden fields of a form page as a browser would send them back (entry id, participant rows). */
    Map<String, List<String>> hiddenFields(String path) throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Element input : page(path).select("form input[type=hidden]")) {
            if (!input.attr("name").startsWith("_")) {
                fields.put(input.attr("name"), List.of(input.attr("value")));
            }
        }
        return fields;
    }

    MvcResult send(String path, Map<String, List<String>> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        return mvc.perform(request).andReturn();
    }

    static Document parse(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    int events(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, projectId);
    }

    int allEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
    }

    int personalDataRows() {
        return jdbc.queryForObject("SELECT count(*) FROM actor_personal_data", Integer.class);
    }

    String lastEventType(String projectId) {
        String type = jdbc.queryForObject(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number DESC LIMIT 1",
                String.class,
                projectId);
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
