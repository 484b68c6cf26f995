package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.PageController;
import java.util.Comparator;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A project's journal: key facts, actors, the ways to add an entry, and the entries newest first (by date or by registration). */
@PageController
class JournalPageController {

    static final int RECENT = 50;
    static final String BY_RECORDED = "registrering";

    private final ProjectPages pages;
    private final AccessLog accessLog;
    private final ProjectAccess access;

    JournalPageController(ProjectPages pages, AccessLog accessLog, ProjectAccess access) {
        this.pages = pages;
        this.accessLog = accessLog;
        this.access = access;
    }

    @GetMapping("/projekter/{projectId}")
    String journal(
            @PathVariable String projectId,
            @RequestParam(name = "alle", defaultValue = "false") String all,
            @RequestParam(name = "orden", required = false) String order,
            Model model) {
        ProjectPage project = pages.load(projectId);
        boolean showAll = "true".equals(all);
        // Newest first by the date it happened, as every card shows that date (issue 18, item 5: backdated entries
        // looked jumbled in the order of registration); by registration on request.
        boolean byRecorded = BY_RECORDED.equals(order);
        List<EntryLine> entries = byRecorded
                ? project.entries()
                : project.entries().stream()
                        .sorted(Comparator.comparing(
                                        EntryLine::effectiveOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                                .reversed())
                        .toList();
        model.addAttribute("project", project);
        // The kinds of entry this user may record here (by command name): the page offers only those.
        model.addAttribute("recordable", access.recordableEntries());
        model.addAttribute("byRecorded", byRecorded);
        // The other order, and all entries, each keeping the other choice.
        model.addAttribute("otherOrder", link(projectId, !byRecorded, showAll));
        model.addAttribute("allEntries", link(projectId, byRecorded, true));
        model.addAttribute(
                "entries", showAll ? entries : entries.stream().limit(RECENT).toList());
        model.addAttribute("hiddenEntries", showAll ? 0 : Math.max(0, entries.size() - RECENT));
        // The journal page is the project's timeline of entries: a read the access log records.
        accessLog.record(AccessKind.TIMELINE, projectId, showAll ? "journal page, all entries" : "journal page");
        return "journal/journal";
    }

    private static String link(String projectId, boolean byRecorded, boolean all) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/projekter/{id}");
        if (byRecorded) {
            link.queryParam("orden", BY_RECORDED);
        }
        if (all) {
            link.queryParam("alle", "true");
        }
        return link.buildAndExpand(projectId).toUriString();
    }
}
