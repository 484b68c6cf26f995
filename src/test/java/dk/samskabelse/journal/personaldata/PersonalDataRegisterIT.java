package dk.samskabelse.journal.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.actorreport.ActorReport;
import dk.samskabelse.journal.query.actorreport.ActorReports;
import dk.samskabelse.journal.query.actorreport.ActorStatus;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The personal-data register keeps one row per project's actor (issue 11, migration V12). Actor ids of keyed API
 * requests made before issue 11 were UUIDv3("actor:" + key), the same for the same key in every project; such an
 * id in two projects is two people. Registered here through the command bus with one actor id in two projects,
 * the way those stored events hold them.
 */
@JournalIntegrationTest
class PersonalDataRegisterIT {

    private static final LocalDate STARTED = LocalDate.of(2020, 1, 1);

    @Autowired
    CommandGateway commands;

    @Autowired
    PersonalDataRegister register;

    @Autowired
    ActorNames names;

    @Autowired
    ActorReports reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneActorIdInTwoProjectsKeepsTwoNamesAndAnErasureInOneLeavesTheOther() {
        String actorId = UUID.randomUUID().toString();
        String first = project("Første projekt");
        String second = project("Andet projekt");
        register(first, actorId, "Anna Førsteprojekt");
        register(second, actorId, "Bent Andetprojekt");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE actor_id = ?", Integer.class, actorId))
                .isEqualTo(2);
        assertThat(names.lookup(first).apply(actorId)).isEqualTo("Anna Førsteprojekt");
        assertThat(names.lookup(second).apply(actorId)).isEqualTo("Bent Andetprojekt");
        assertThat(register.projectsOf(actorId)).containsExactlyInAnyOrder(first, second);
        assertThat(reports.projectOf(actorId)).as("ambiguous without a project").isEmpty();

        commands.sendAndWait(new ErasePersonalData(first, UUID.randomUUID().toString(), actorId, STARTED));

        assertThat(names.lookup(first).apply(actorId)).isEqualTo(ActorNames.ERASED);
        assertThat(names.lookup(second).apply(actorId)).isEqualTo("Bent Andetprojekt");
        assertThat(register.find(first, actorId)).isEmpty();
        assertThat(register.registration(second, actorId))
                .get()
                .extracting(RegisteredActor::projectId)
                .isEqualTo(second);
        assertThat(reports.actors(first).orElseThrow())
                .singleElement()
                .extracting(ActorStatus::name)
                .isNull();
        assertThat(reports.actors(second).orElseThrow())
                .singleElement()
                .extracting(ActorStatus::name)
                .isEqualTo("Bent Andetprojekt");
        assertThat(reports.report(first, actorId).orElseThrow().register()).isNull();
        assertThat(reports.report(second, actorId).orElseThrow().register())
                .extracting(ActorReport.Register::name)
                .isEqualTo("Bent Andetprojekt");
    }

    @Test
    void anErasureAfterWhichAnotherProjectRegistersTheSameIdStillShowsTheErasedActorAsErased() {
        // The reviewer's order: erased in one project first, then the same id registered in another.
        String actorId = UUID.randomUUID().toString();
        String first = project("Slettet først");
        String second = project("Registreret bagefter");
        register(first, actorId, "Carl Slettet");
        commands.sendAndWait(new ErasePersonalData(first, UUID.randomUUID().toString(), actorId, STARTED));
        register(second, actorId, "Dorte Ny");

        assertThat(names.lookup(first).apply(actorId)).isEqualTo(ActorNames.ERASED);
        assertThat(names.lookup(second).apply(actorId)).isEqualTo("Dorte Ny");
        assertThat(reports.report(first, actorId).orElseThrow().register()).isNull();
    }

    private String project(String name) {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId, UUID.randomUUID().toString(), name, "Lejre", Area.KULTUR_OG_FRITID, "Et formål", STARTED));
        return projectId;
    }

    private void register(String projectId, String actorId, String name) {
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                actorId,
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                STARTED,
                new ActorPersonalData(name, null, null)));
    }
}
