package dk.samskabelse.journal.web.admin;

import dk.samskabelse.journal.query.rebuild.ProjectionRebuilder;
import dk.samskabelse.journal.query.rebuild.RebuildProgress;
import dk.samskabelse.journal.web.PageController;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's rebuild page: start a rebuild of every projection and follow it. The progress bar is
 * filled in on the server; static/js/rebuild.js keeps it moving by polling GET /api/admin/projections, and
 * without JavaScript the page reloads itself while a rebuild runs.
 */
@PageController
class RebuildPageController {

    static final int REFRESH_SECONDS = 2;

    private final ProjectionRebuilder rebuilder;
    private final MessageSource messages;
    private final Clock clock;

    RebuildPageController(ProjectionRebuilder rebuilder, MessageSource messages, Clock clock) {
        this.rebuilder = rebuilder;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/genopbygning")
    String page(Model model) {
        RebuildProgress progress = rebuilder.progress();
        model.addAttribute("progress", progress);
        model.addAttribute(
                "finishedAt",
                progress.finishedAt() == null ? null : progress.finishedAt().atZone(clock.getZone()));
        model.addAttribute("pageScript", "/js/rebuild.js");
        if (progress.running()) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "admin/rebuild";
    }

    @PostMapping("/admin/genopbygning")
    String start(RedirectAttributes redirect) {
        boolean started = rebuilder.start();
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        started ? "admin.rebuild.started" : "admin.rebuild.alreadyRunning",
                        null,
                        LocaleContextHolder.getLocale()));
        return "redirect:/admin/genopbygning";
    }
}
