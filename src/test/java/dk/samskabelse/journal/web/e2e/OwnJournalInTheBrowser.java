package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on the shared test journal (each subclass is a @JournalIntegrationTest): it writes its own
 * projects through the command gateway and reads them in Chromium, signed in as one user made for it.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnJournalInTheBrowser {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProcessors projections;

    @Autowired
    UserAccounts accounts;

    ChromeDriver browser;
    SignedInBrowser pages;

    private final String user;
    private final UserRole role;

    /** The user the browser signs in as, made with this role unless it exists. */
    OwnJournalInTheBrowser(String user, UserRole role) {
        this.user = user;
        this.role = role;
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        pages = new SignedInBrowser(browser, port);
        accounts.createIfMissing(user, role, TestUsers.PASSWORD);
        pages.signIn(user, TestUsers.PASSWORD);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Hallen i Lejre's story: started 1 January 2020 with a staff member as facilitator, a citizen-led workshop,
     * then the staff member takes over as decision-maker and decides alone, so the enacted type drifts. Assigned
     * to this test's user; the projections have caught up when it returns.
     */
    String driftingProject(String name) {
        return driftingProject(name, null);
    }

    /** The same story, declared on 10 January at these axes. */
    String driftingProject(String name, double openness, double centrality) {
        return driftingProject(name, new double[] {openness, centrality});
    }

    private String driftingProject(String name, double[] declared) {
        String projectId = UUID.randomUUID().toString();
        LocalDate started = LocalDate.of(2020, 1, 1);
        commands.sendAndWait(new StartProject(
                projectId, UUID.randomUUID().toString(), name, "Lejre", Area.KULTUR_OG_FRITID, "Et formål", started));
        String staff = UUID.randomUUID().toString();
        String citizen = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                staff,
                ActorKind.MEDARBEJDER,
                Role.FACILITATOR,
                started,
                new ActorPersonalData("Lars B.", null, null)));
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                citizen,
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                started.plusDays(4),
                new ActorPersonalData("Hanne K.", null, null)));
        if (declared != null) {
            commands.sendAndWait(new DeclareTypology(
                    projectId,
                    UUID.randomUUID().toString(),
                    LocalDate.of(2020, 1, 10),
                    declared[0],
                    declared[1],
                    "Sådan er projektet tænkt"));
        }
        commands.sendAndWait(new RecordEngagement(
                projectId,
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                LocalDate.of(2020, 2, 1),
                citizen,
                List.of(
                        new Participation(citizen, Influence.MEDBESTEMMENDE),
                        new Participation(staff, Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        commands.sendAndWait(new ShiftRole(
                projectId,
                UUID.randomUUID().toString(),
                staff,
                Role.BESLUTTENDE,
                LocalDate.of(2020, 3, 1),
                "Kommunen tager styringen",
                false));
        commands.sendAndWait(new RecordEngagement(
                projectId,
                UUID.randomUUID().toString(),
                EngagementKind.BESLUTNINGSMOEDE,
                "Rammen vedtages",
                LocalDate.of(2020, 3, 5),
                staff,
                List.of(new Participation(staff, Influence.BESTEMMENDE), new Participation(citizen, Influence.HOERT)),
                List.of(),
                null,
                false));
        accounts.assign(user, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();
        return projectId;
    }
}
