package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.query.actorreport.ActorReport;
import dk.samskabelse.journal.query.actorreport.ActorReports;
import dk.samskabelse.journal.query.actorreport.ActorStatus;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's GDPR tools (docs/domain.md "Users": Administrator, erasure requests): erasure of an actor's
 * personal data (right to be forgotten) and the report of everything held about an actor (right of access).
 * The erasure is an entry of the journal (ActorPersonalDataErased) and is allowed on closed projects.
 */
@RestController
@Tag(name = "Personal data", description = "Erasure and right of access (administrators)")
class PersonalDataController {

    private final CommandGateway commands;
    private final ActorReports reports;
    private final ReadLog readLog;
    private final Clock clock;

    PersonalDataController(CommandGateway commands, ActorReports reports, ReadLog readLog, Clock clock) {
        this.commands = commands;
        this.reports = reports;
        this.readLog = readLog;
        this.clock = clock;
    }

    @DeleteMapping("/api/projects/{projectId}/actors/{actorId}/personal-data")
    @Operation(
            summary = "Erase the actor's name, organisation and contact (ErasePersonalData); 200 with the "
                    + "erasure's entry id, 404 for an unknown actor, 409 when already erased")
    RecordedEntry erase(@PathVariable String projectId, @PathVariable String actorId) {
        String entryId = UUID.randomUUID().toString();
        // Dated the day it is made, like a retraction: it changes what the journal holds from now on.
        commands.sendAndWait(new ErasePersonalData(
                PathIds.project(projectId), entryId, PathIds.actor(actorId), LocalDate.now(clock)));
        return new RecordedEntry(entryId);
    }

    @GetMapping("/api/admin/projects/{projectId}/actors")
    @Operation(summary = "Every actor ever registered in the project, with its name (null once erased) and status")
    List<ActorStatus> actors(@PathVariable String projectId) {
        String project = PathIds.project(projectId);
        List<ActorStatus> actors =
                reports.actors(project).orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project"));
        readLog.personalData(project, "actors (API)");
        return actors;
    }

    @GetMapping("/api/admin/actors/{actorId}/report")
    @Operation(summary = "Everything the journal holds about the actor (right of access)")
    ActorReport report(
            @PathVariable String actorId,
            @Parameter(
                            description = "the actor's project; only needed for an erased actor whose "
                                    + "registration was retracted, or an actor id that two projects hold")
                    @RequestParam(required = false)
                    String projectId) {
        String actor = PathIds.actor(actorId);
        String project = projectId != null && !projectId.isBlank()
                ? PathIds.project(projectId)
                : reports.projectOf(actor).orElseThrow(PersonalDataController::unknownActor);
        ActorReport report = reports.report(project, actor).orElseThrow(PersonalDataController::unknownActor);
        readLog.actorReport(project, actor);
        return report;
    }

    private static UnknownResourceException unknownActor() {
        return new UnknownResourceException(UnknownResourceException.What.ACTOR);
    }
}
