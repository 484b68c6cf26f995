package dk.samskabelse.journal.web.admin;

import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.actorreport.ActorReport;
import dk.samskabelse.journal.query.actorreport.ActorReports;
import dk.samskabelse.journal.query.actorreport.ActorStatus;
import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.web.ActorNotFoundException;
import dk.samskabelse.journal.web.KeyedIds;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's personal-data pages (docs/domain.md "Users": Administrator, erasure requests): find an actor
 * by project, see everything held about it (right of access) and erase its name and contact details after a
 * confirmation (right to be forgotten). Actors are found by project, never by a name in the address, so no
 * name ends up in a server or proxy log.
 */
@PageController
class PersonalDataPageController {

    private final ActorReports reports;
    private final PortfolioService portfolio;
    private final CommandGateway commands;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final KeyedIds keyedIds;
    private final Clock clock;

    PersonalDataPageController(
            ActorReports reports,
            PortfolioService portfolio,
            CommandGateway commands,
            AccessLog accessLog,
            MessageSource messages,
            KeyedIds keyedIds,
            Clock clock) {
        this.reports = reports;
        this.portfolio = portfolio;
        this.commands = commands;
        this.accessLog = accessLog;
        this.messages = messages;
        this.keyedIds = keyedIds;
        this.clock = clock;
    }

    @GetMapping("/admin/personoplysninger")
    String actors(@RequestParam(name = "projekt", required = false) String projectId, Model model) {
        List<PortfolioEntry> projects = portfolio.portfolio();
        model.addAttribute("projects", projects);
        if (projectId != null && !projectId.isBlank()) {
            PortfolioEntry project = projects.stream()
                    .filter(p -> p.projectId().equals(projectId))
                    .findFirst()
                    .orElseThrow(ProjectNotFoundException::new);
            model.addAttribute("project", project);
            model.addAttribute("actors", reports.actors(projectId).orElseThrow(ProjectNotFoundException::new));
            accessLog.record(AccessKind.PERSONAL_DATA, projectId, "actors (page)");
        }
        return "admin/personal-data";
    }

    @GetMapping("/admin/personoplysninger/{projectId}/{actorId}")
    String report(@PathVariable String projectId, @PathVariable String actorId, Model model) {
        ActorReport report = report(projectId, actorId);
        accessLog.record(AccessKind.ACTOR_REPORT, projectId, "actor " + actorId + " (page)");
        model.addAttribute("report", report);
        model.addAttribute("zone", clock.getZone());
        return "admin/actor-report";
    }

    @GetMapping("/admin/personoplysninger/{projectId}/{actorId}/sletning")
    String erasureForm(@PathVariable String projectId, @PathVariable String actorId, Model model) {
        ActorStatus actor = status(projectId, actorId);
        accessLog.record(AccessKind.PERSONAL_DATA, projectId, "erasure confirmation, actor " + actorId + " (page)");
        return erasurePage(actor, projectId, new ErasureForm(), model);
    }

    @PostMapping("/admin/personoplysninger/{projectId}/{actorId}/sletning")
    String erase(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @ModelAttribute("form") ErasureForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ActorStatus actor = status(projectId, actorId);
        if (result.hasErrors()) {
            form.setEntryId(UUID.randomUUID().toString());
            return erasurePage(actor, projectId, form, model);
        }
        try {
            // The stored entry id is derived from the form's nonce and the project, like every entry form's
            // (JournalWriter.entryId): an edited nonce can never name an entry the project already holds.
            commands.sendAndWait(new ErasePersonalData(
                    projectId, keyedIds.entryId(projectId, form.getEntryId()), actorId, LocalDate.now(clock)));
        } catch (JournalRejection rejection) {
            result.reject("rejection." + rejection.reason().name(), rejection.getMessage());
            if (rejection.reason() == RejectionReason.ENTRY_ID_TAKEN) {
                // The nonce names another entry (an edited form): a fresh one lets the confirmation be sent again.
                form.setEntryId(UUID.randomUUID().toString());
            }
            return erasurePage(actor, projectId, form, model);
        } catch (ConcurrencyException conflict) {
            result.reject("problem.conflict");
            return erasurePage(actor, projectId, form, model);
        }
        redirect.addFlashAttribute(
                "confirmation", messages.getMessage("admin.erasure.done", null, LocaleContextHolder.getLocale()));
        return "redirect:/admin/personoplysninger?projekt=" + projectId;
    }

    private String erasurePage(ActorStatus actor, String projectId, ErasureForm form, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("projectId", projectId);
        model.addAttribute("form", form);
        return "admin/erasure";
    }

    private ActorReport report(String projectId, String actorId) {
        requireIds(projectId, actorId);
        return reports.report(projectId, actorId).orElseThrow(ActorNotFoundException::new);
    }

    private ActorStatus status(String projectId, String actorId) {
        requireIds(projectId, actorId);
        return reports.actors(projectId).orElseThrow(ProjectNotFoundException::new).stream()
                .filter(a -> a.actorId().equals(actorId))
                .findFirst()
                .orElseThrow(ActorNotFoundException::new);
    }

    private static void requireIds(String projectId, String actorId) {
        if (!isUuid(projectId)) {
            throw new ProjectNotFoundException();
        }
        if (!isUuid(actorId)) {
            throw new ActorNotFoundException();
        }
    }

    private static boolean isUuid(String value) {
        try {
            return value != null
                    && value.length() == 36
                    && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
