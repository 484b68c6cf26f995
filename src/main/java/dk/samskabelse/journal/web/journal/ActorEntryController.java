package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.web.PageController;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actors: registering one, shifting a role, taking on a further role or ending one, withdrawing and rejoining. Role lists are grouped by public and non-public
 * actors; the journal itself refuses a role that does not fit the actor's kind, so the forms work without
 * the script that narrows the list.
 */
@PageController
class ActorEntryController {

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;

    ActorEntryController(ProjectPages pages, JournalWriter writer, Clock clock) {
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    // --- register ---

    @GetMapping("/projekter/{projectId}/aktoerer/ny")
    String actorForm(@PathVariable String projectId, Model model) {
        return actorPage(projectId, new ActorForm(LocalDate.now(clock)), model);
    }

    @PostMapping("/projekter/{projectId}/aktoerer/ny")
    String registerActor(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") ActorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        // The actor id comes from the form's nonce like the entry id: a resend repeats the same registration (the
        // journal refuses an entry id it holds for another actor as ENTRY_ID_TAKEN).
        if (!result.hasErrors()
                && writer.record(
                        new RegisterActor(
                                projectId,
                                writer.entryId(projectId, form),
                                writer.actorId(projectId, form),
                                form.getKind(),
                                form.getRole(),
                                form.getJoinedOn(),
                                new ActorPersonalData(form.getName(), form.getOrganisation(), form.getContact()),
                                form.isCommercialSupplier()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.ActorRegistered", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return actorPage(projectId, form, model);
    }

    private String actorPage(String projectId, ActorForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("publicKinds", kinds(Sector.PUBLIC));
        model.addAttribute("nonPublicKinds", kinds(Sector.NON_PUBLIC));
        return roles("journal/actor", model);
    }

    // --- role shift ---

    @GetMapping("/projekter/{projectId}/rolleskift")
    String roleShiftForm(
            @PathVariable String projectId,
            @RequestParam(name = "aktoer", required = false) String actorId,
            Model model) {
        return roleShiftPage(projectId, new RoleShiftForm(LocalDate.now(clock), actorId), model);
    }

    @PostMapping("/projekter/{projectId}/rolleskift")
    String shiftRole(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") RoleShiftForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new ShiftRole(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getActorId(),
                                form.getRole(),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable(),
                                form.getFromRole()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.RoleShifted", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return roleShiftPage(projectId, form, model);
    }

    private String roleShiftPage(String projectId, RoleShiftForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return roles("journal/role-shift", model);
    }

    // --- a further role, the end of one (seed 001: "dobbeltrolle") ---

    @GetMapping("/projekter/{projectId}/ny-rolle")
    String addRoleForm(
            @PathVariable String projectId,
            @RequestParam(name = "aktoer", required = false) String actorId,
            Model model) {
        return rolePage(projectId, new RoleForm(LocalDate.now(clock), actorId), "journal/add-role", model);
    }

    @PostMapping("/projekter/{projectId}/ny-rolle")
    String addRole(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new AddRole(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getActorId(),
                                form.getRole(),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.RoleAdded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return rolePage(projectId, form, "journal/add-role", model);
    }

    @GetMapping("/projekter/{projectId}/afslut-rolle")
    String endRoleForm(
            @PathVariable String projectId,
            @RequestParam(name = "aktoer", required = false) String actorId,
            Model model) {
        return rolePage(projectId, new RoleForm(LocalDate.now(clock), actorId), "journal/end-role", model);
    }

    @PostMapping("/projekter/{projectId}/afslut-rolle")
    String endRole(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new EndRole(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getActorId(),
                                form.getRole(),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.RoleEnded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return rolePage(projectId, form, "journal/end-role", model);
    }

    private String rolePage(String projectId, RoleForm form, String view, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return roles(view, model);
    }

    // --- rejoining (seed 000: "fleksibel inddragelse") ---

    @GetMapping("/projekter/{projectId}/genindtraeden")
    String rejoinForm(
            @PathVariable String projectId,
            @RequestParam(name = "aktoer", required = false) String actorId,
            Model model) {
        return rejoinPage(projectId, new RejoinForm(LocalDate.now(clock), actorId), model);
    }

    @PostMapping("/projekter/{projectId}/genindtraeden")
    String rejoin(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") RejoinForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new RejoinActor(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getActorId(),
                                form.getRoles(),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable()),
                        result,
                        field -> field.startsWith("roles[") ? "roles" : field)) {
            return writer.toJournal(projectId, "entry.type.ActorRejoined", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return rejoinPage(projectId, form, model);
    }

    private String rejoinPage(String projectId, RejoinForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return roles("journal/rejoin", model);
    }

    // --- withdrawal ---

    @GetMapping("/projekter/{projectId}/udtraeden")
    String withdrawalForm(
            @PathVariable String projectId,
            @RequestParam(name = "aktoer", required = false) String actorId,
            Model model) {
        return withdrawalPage(projectId, new WithdrawalForm(LocalDate.now(clock), actorId), model);
    }

    @PostMapping("/projekter/{projectId}/udtraeden")
    String withdraw(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") WithdrawalForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new WithdrawActor(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getActorId(),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.ActorWithdrawn", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return withdrawalPage(projectId, form, model);
    }

    private String withdrawalPage(String projectId, WithdrawalForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return "journal/withdrawal";
    }

    private static String roles(String view, Model model) {
        model.addAttribute("publicRoles", roles(Sector.PUBLIC));
        model.addAttribute("nonPublicRoles", roles(Sector.NON_PUBLIC));
        return view;
    }

    private static List<ActorKind> kinds(Sector sector) {
        return Arrays.stream(ActorKind.values())
                .filter(kind -> kind.sector() == sector)
                .toList();
    }

    private static List<Role> roles(Sector sector) {
        return Arrays.stream(Role.values())
                .filter(role -> role.sector() == sector)
                .toList();
    }
}
