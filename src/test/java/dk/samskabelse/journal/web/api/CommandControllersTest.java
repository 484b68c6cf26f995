package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.query.research.ResearchKey;
import dk.samskabelse.journal.support.JournalWebSliceTest;
import dk.samskabelse.journal.web.ContinuedProjects;
import dk.samskabelse.journal.web.DeclarablePerspectives;
import dk.samskabelse.journal.web.KeyedIds;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The JSON API's write side (the command controllers of web/api) in a web slice: binding and validation of the request bodies, the problem JSON of
 * ApiProblemHandler for bad input and for the journal's refusals, and the ids an Idempotency-Key gives. The
 * journal behind the CommandGateway is a mock, so each case checks what reaches it (or that nothing does); that
 * the journal then stores nothing, and the refusals themselves, are tested with the whole application
 * (ApiValidationIT, IdempotencyKeyIT). KeyedIds is the real one, over a fixed secret.
 */
@JournalWebSliceTest({
    ProjectLifecycleCommandController.class,
    PhaseEntryCommandController.class,
    ActorCommandController.class
})
@Import({KeyedIds.class, CurrentUser.class, CommandSupport.class})
class CommandControllersTest {

    private static final String PROJECT = "7d0f6d7e-2b1a-4c8e-9f3a-1e2d3c4b5a69";
    private static final String OTHER_PROJECT = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    private static final String INVALID = "https://samskabelsesjournal.dk/problems/invalid-request";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    EventStore eventStore;

    @MockitoBean
    ContinuedProjects continuedProjects;

    @MockitoBean
    DeclarablePerspectives perspectives;

    @MockitoBean
    ResearchKey secret;

    @BeforeEach
    void aFixedSecret() {
        when(secret.derivedKey(any())).thenReturn(new byte[32]);
    }

    @Test
    void invalidFieldsAreOneProblemWithAnErrorPerFieldInFieldOrder() throws Exception {
        send("/api/projects", """
                        {"municipality":"Lejre","area":"ANDET","startedOn":"2020-01-01",
                         "purpose":"<script>alert(1)</script>"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(INVALID))
                .andExpect(jsonPath("$.title").value("Ugyldig forespørgsel"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("Et eller flere felter er ugyldige."))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv et navn."))
                .andExpect(jsonPath("$.errors[1].field").value("purpose"))
                .andExpect(jsonPath("$.errors[1].code").value("CleanText"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("HTML")));
        verifyNoInteractions(commands);
    }

    @Test
    void theProblemIsInEnglishWhenAskedFor() throws Exception {
        mvc.perform(post("/api/projects")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Enter a name."));
    }

    @Test
    void anUnknownFieldIsNamed() throws Exception {
        send("/api/projects/" + PROJECT + "/insights", """
                        {"focus":"PROCES","text":"t","x":1}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(INVALID))
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("x"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.errors[0].message").value("Ukendt felt."));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() throws Exception {
        send("/api/projects/" + PROJECT + "/insights", """
                        {"focus":"NOGET","text":"t"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("focus"))
                .andExpect(jsonPath("$.errors[0].code").value("UNKNOWN_VALUE"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("PROCES")));
        verifyNoInteractions(commands);
    }

    @Test
    void aConflictingEntryIsRefusedWith409AndTheReasonAsCode() throws Exception {
        when(commands.sendAndWait(any()))
                .thenThrow(new JournalRejection(
                        RejectionReason.DATE_BEFORE_START, "effectiveOn", "before the start", "2020-01-01"));

        send("/api/projects/" + PROJECT + "/insights", """
                        {"focus":"PROCES","text":"t","effectiveOn":"2019-12-31"}""")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://samskabelsesjournal.dk/problems/rejected"))
                .andExpect(jsonPath("$.title").value("Afvist af journalen"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("DATE_BEFORE_START"))
                .andExpect(jsonPath("$.detail").value("Datoen ligger før projektets start (2020-01-01)."))
                .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void anInvalidEntryIsRefusedWith400OnItsField() throws Exception {
        when(commands.sendAndWait(any()))
                .thenThrow(new JournalRejection(
                        RejectionReason.ROLE_NOT_VALID_FOR_KIND, "role", "wrong role", "FACILITATOR", "BORGER"));

        send("/api/projects/" + PROJECT + "/actors", """
                        {"kind":"BORGER","name":"B","role":"FACILITATOR","joinedOn":"2020-01-02"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(INVALID))
                .andExpect(jsonPath("$.code").value("ROLE_NOT_VALID_FOR_KIND"))
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].code").value("ROLE_NOT_VALID_FOR_KIND"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("passer ikke")));
    }

    @Test
    void aProjectIdThatIsNoIdIsAnUnknownProject() throws Exception {
        send("/api/projects/1%20OR%201=1/insights", """
                        {"focus":"PROCES","text":"t"}""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNKNOWN_PROJECT"));
        verifyNoInteractions(commands);
    }

    @Test
    void oneKeyNamesOneEntryPerProjectAndIsNotItselfTheId() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"focus":"PROCES","text":"t"}""";

        String first = entryId(keyed("/api/projects/" + PROJECT + "/insights", body, key));
        String again = entryId(keyed("/api/projects/" + PROJECT + "/insights", body, key));
        String elsewhere = entryId(keyed("/api/projects/" + OTHER_PROJECT + "/insights", body, key));

        assertThat(again).isEqualTo(first);
        assertThat(first).isNotEqualTo(key).isNotEqualTo(elsewhere);
        ArgumentCaptor<RecordInsight> sent = ArgumentCaptor.forClass(RecordInsight.class);
        verify(commands, times(3)).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).extracting(RecordInsight::entryId).containsExactly(first, first, elsewhere);
        // No effective date given: today by the journal's clock.
        assertThat(sent.getValue().effectiveOn()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void withoutAKeyEachRequestIsANewEntry() throws Exception {
        String body = """
                {"focus":"PROCES","text":"t"}""";

        String first = entryId(send("/api/projects/" + PROJECT + "/insights", body));
        String second = entryId(send("/api/projects/" + PROJECT + "/insights", body));

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aKeyThatIsNoUuidIsRefusedBeforeAnythingIsSent() throws Exception {
        keyed("/api/projects/" + PROJECT + "/insights", """
                        {"focus":"PROCES","text":"t"}""", "my-key-1")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_REQUEST"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].code").value("INVALID_PARAMETER"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("UUID")));
        verifyNoInteractions(commands);
    }

    @Test
    void aProjectStartedAgainWithItsKeyIsAnsweredWithTheProjectItStarted() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = projectId(keyed("/api/projects", startBody(), key).andExpect(status().isCreated()));
        ArgumentCaptor<StartProject> sent = ArgumentCaptor.forClass(StartProject.class);
        verify(commands).sendAndWait(sent.capture());
        // The resend finds the project's stream taken, by the event its own first send stored.
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("taken"));
        whenTheProjectStartedWithEntry(first, sent.getValue().entryId());

        keyed("/api/projects", startBody(), key)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/" + first)))
                .andExpect(jsonPath("$.projectId").value(first));
    }

    @Test
    void aProjectIdHeldByAnotherProjectIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("taken"));
        String projectId = new KeyedIds(secret).projectId(CurrentUser.SYSTEM_USER, key);
        whenTheProjectStartedWithEntry(projectId, UUID.randomUUID().toString());

        keyed("/api/projects", startBody(), key)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PROJECT_ALREADY_EXISTS"));
    }

    private void whenTheProjectStartedWithEntry(String projectId, String entryId) {
        ProjectStarted started =
                new ProjectStarted(projectId, entryId, LocalDate.of(2020, 1, 1), "P", "Lejre", Area.ANDET, null, null);
        when(eventStore.readEvents(projectId))
                .thenAnswer(call -> DomainEventStream.of(
                        List.of(new GenericDomainEventMessage<>("Project", projectId, 0, started))));
    }

    private static String startBody() {
        return """
                {"name":"Nøgle","municipality":"Lejre","area":"ANDET","startedOn":"2021-05-01"}""";
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions keyed(String path, String body, String key) throws Exception {
        return mvc.perform(post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header(CommandSupport.IDEMPOTENCY_KEY, key)
                .content(body));
    }

    private String entryId(ResultActions answer) throws Exception {
        String body =
                answer.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("entryId").asText();
    }

    private String projectId(ResultActions answer) throws Exception {
        String body = answer.andReturn().getResponse().getContentAsString();
        return json.readTree(body).path("projectId").asText();
    }
}
