package dk.samskabelse.journal.web.admin;

import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.web.PageController;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The access log for administrators: who read which project's timelines, reports and exports, newest first. */
@PageController
class AccessLogPageController {

    static final int SHOWN = 500;

    /** One line of the log with its time on the journal's clock and the project's name. */
    record Line(ZonedDateTime at, String username, String projectId, String projectName, String what, String detail) {}

    private final AccessLog accessLog;
    private final PortfolioService portfolio;
    private final Clock clock;

    AccessLogPageController(AccessLog accessLog, PortfolioService portfolio, Clock clock) {
        this.accessLog = accessLog;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GetMapping("/admin/adgangslog")
    String accessLog(
            @RequestParam(name = "projekt", required = false) String projectId,
            @RequestParam(name = "bruger", required = false) String username,
            Model model) {
        List<PortfolioEntry> projects = portfolio.portfolio();
        Map<String, String> names = projects.stream()
                .collect(Collectors.toMap(PortfolioEntry::projectId, PortfolioEntry::name, (a, b) -> a));
        model.addAttribute("projects", projects);
        model.addAttribute("selectedProject", projectId == null ? "" : projectId);
        model.addAttribute("selectedUser", username == null ? "" : username);
        model.addAttribute(
                "lines",
                accessLog.recent(projectId, username, SHOWN).stream()
                        .map(e -> new Line(
                                e.getAt().atZone(clock.getZone()),
                                e.getUsername(),
                                e.getProjectId(),
                                e.getProjectId() == null ? null : names.get(e.getProjectId()),
                                e.getWhat().name(),
                                e.getDetail()))
                        .toList());
        return "admin/access-log";
    }
}
