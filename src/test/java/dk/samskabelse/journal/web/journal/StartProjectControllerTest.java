package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.research.ResearchKey;
import dk.samskabelse.journal.support.JournalWebSliceTest;
import dk.samskabelse.journal.web.ContinuedProjects;
import dk.samskabelse.journal.web.FormErrors;
import dk.samskabelse.journal.web.KeyedIds;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The start form of the web journal in a web slice, with the real form binding, date rules, JournalWriter and
 * templates: a bad value renders the form again with the Danish message at the field, keeps what was entered
 * and sends nothing to the journal; a good one sends StartProject and redirects to the new journal. Signing in,
 * CSRF and who may start a project are tested with the whole application (see JournalWebSliceTest).
 */
@JournalWebSliceTest(StartProjectController.class)
@Import({
    JournalWriter.class,
    JournalFormBinding.class,
    EntryDateRules.class,
    KeyedIds.class,
    CurrentUser.class,
    FormErrors.class
})
class StartProjectControllerTest {

    private static final String NO_NAME = "Skriv et navn.";
    private static final String IN_FUTURE = "Datoen ligger i fremtiden; journalen registrerer det, der er sket.";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandGateway commands;

    @MockitoBean
    ProjectionProcessors projections;

    @MockitoBean
    ContinuedProjects continuedProjects;

    @MockitoBean
    ProjectPages pages;

    @MockitoBean
    ResearchKey secret;

    @BeforeEach
    void aJournalThatTakesEverything() {
        when(secret.derivedKey(any())).thenReturn(new byte[32]);
        when(projections.awaitCaughtUp(any())).thenReturn(true);
    }

    @Test
    void theFormOpensWithTodayAsTheStart() throws Exception {
        mvc.perform(get("/projekter/ny"))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/start-project"))
                .andExpect(content().string(containsString("value=\"2024-06-01\"")))
                .andExpect(content().string(not(containsString("Der er fejl i formularen"))));
    }

    @Test
    void badValuesShowTheFormAgainWithDanishMessagesAndSendNothing() throws Exception {
        mvc.perform(startForm("", "2024-06-02"))
                .andExpect(status().isOk())
                .andExpect(view().name("journal/start-project"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startedOn", "rejection.DATE_IN_FUTURE"))
                .andExpect(content().string(containsString("Der er fejl i formularen")))
                .andExpect(content().string(containsString(NO_NAME)))
                .andExpect(content().string(containsString(IN_FUTURE)))
                // What was entered is kept.
                .andExpect(content().string(containsString("value=\"Lejre\"")));
        verifyNoInteractions(commands);
        verify(continuedProjects, never()).check(any());
    }

    @Test
    void anUnknownProjectToContinueIsNamedAtItsFieldAndNothingIsSent() throws Exception {
        String unknown = UUID.randomUUID().toString();
        when(continuedProjects.check(unknown))
                .thenThrow(new JournalRejection(
                        RejectionReason.UNKNOWN_PROJECT, "continuesProjectId", "not known: " + unknown));

        mvc.perform(startForm("Naturens Rige", "2024-05-01").param("continuesProjectId", unknown))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "continuesProjectId", "rejection.UNKNOWN_PROJECT"))
                .andExpect(content().string(containsString("Projektet, som dette viderefører, findes ikke.")));
        verifyNoInteractions(commands);
    }

    @Test
    void aRefusalOfTheJournalIsShownAtItsField() throws Exception {
        when(commands.sendAndWait(any()))
                .thenThrow(new JournalRejection(RejectionReason.DATE_IN_FUTURE, "startedOn", "in the future"));

        mvc.perform(startForm("Naturens Rige", "2024-05-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "startedOn", "rejection.DATE_IN_FUTURE"))
                .andExpect(content().string(containsString(IN_FUTURE)));
    }

    @Test
    void aGoodFormStartsTheProjectAndOpensItsJournal() throws Exception {
        mvc.perform(startForm("Naturens Rige", "2024-05-01"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/projekter/*"))
                .andExpect(flash().attribute("confirmation", containsString("Gemt i journalen")));

        ArgumentCaptor<StartProject> sent = ArgumentCaptor.forClass(StartProject.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().name()).isEqualTo("Naturens Rige");
        assertThat(sent.getValue().area()).isEqualTo(Area.ANDET);
        assertThat(sent.getValue().startedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    private static MockHttpServletRequestBuilder startForm(String name, String startedOn) {
        return post("/projekter/ny")
                .param("projectId", UUID.randomUUID().toString())
                .param("entryId", UUID.randomUUID().toString())
                .param("name", name)
                .param("municipality", "Lejre")
                .param("area", "ANDET")
                .param("startedOn", startedOn);
    }
}
