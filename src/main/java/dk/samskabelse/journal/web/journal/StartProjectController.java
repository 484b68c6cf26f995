package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.web.ContinuedProjects;
import dk.samskabelse.journal.web.PageController;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starts a project. The project id is made with the form: a second send of the same form finds it started. A
 * project may continue one the user can read ("afsæt for ny samskabelse", seed 002).
 */
@PageController
class StartProjectController {

    private static final String VIEW = "journal/start-project";

    private final JournalWriter writer;
    private final Clock clock;
    private final ContinuedProjects continuedProjects;

    StartProjectController(JournalWriter writer, Clock clock, ContinuedProjects continuedProjects) {
        this.writer = writer;
        this.clock = clock;
        this.continuedProjects = continuedProjects;
    }

    @GetMapping("/projekter/ny")
    String form(Model model) {
        model.addAttribute("form", new StartProjectForm(LocalDate.now(clock)));
        return choices(model);
    }

    @PostMapping("/projekter/ny")
    String start(
            @Valid @ModelAttribute("form") StartProjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        String continues = null;
        if (!result.hasErrors()) {
            try {
                continues = continuedProjects.check(form.getContinuesProjectId());
            } catch (JournalRejection unknown) {
                result.rejectValue(
                        "continuesProjectId", "rejection." + unknown.reason().name());
            }
        }
        if (!result.hasErrors()) {
            String projectId = writer.projectId(form);
            StartProject command = new StartProject(
                    projectId,
                    writer.entryId(projectId, form),
                    form.getName(),
                    form.getMunicipality(),
                    form.getArea(),
                    form.getPurpose(),
                    form.getStartedOn(),
                    continues);
            try {
                if (writer.record(command, result)) {
                    return writer.toJournal(projectId, "entry.type.ProjectStarted", redirect);
                }
            } catch (AggregateStreamCreationException alreadyStarted) {
                // The same form sent again: the project it started is there already.
                writer.awaitReadSide();
                writer.markAlreadyRecorded();
                return writer.toJournal(projectId, "entry.type.ProjectStarted", redirect);
            }
        }
        form.renewEntryIdIfInvalid(result);
        return choices(model);
    }

    private String choices(Model model) {
        model.addAttribute("areas", Area.values());
        model.addAttribute("continuable", continuedProjects.choices());
        return VIEW;
    }
}
