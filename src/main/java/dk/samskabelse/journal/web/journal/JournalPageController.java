package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A project's journal: key facts, actors, the ways to add an entry, and the entries newest first. */
@PageController
class JournalPageController {

    static final int RECENT = 50;

    private final ProjectPages pages;
    private final AccessLog accessLog;
    private final ProjectAccess access;

    JournalPageController(ProjectPages pages, AccessLog accessLog, ProjectAccess access) {
        this.pages = pages;
        this.accessLog = accessLog;
        this.access = access;
    }

    @GetMapping("/projekter/{projectId}")
    String journal(@PathVariable String projectId, @RequestParam(name = "alle", defaultValue = "false") String all,
                   Model model) {
        ProjectPage project = pages.load(projectId);
        boolean showAll = "true".equals(all);
        model.addAttribute("project", project);
        // The kinds of entry this user may record here (by command name): the page offers only those.
        model.addAttribute("recordable", access.recordableEntries());
        model.addAttribute("entries", showAll ? project.entries()
                : project.entries().stream().limit(RECENT).toList());
        model.addAttribute("hiddenEntries", showAll ? 0 : Math.max(0, project.entries().size() - RECENT));
        // The journal page is the project's timeline of entries: a read the access log records.
        accessLog.record(AccessKind.TIMELINE, projectId, showAll ? "journal page, all entries" : "journal page");
        return "journal/journal";
    }
}
