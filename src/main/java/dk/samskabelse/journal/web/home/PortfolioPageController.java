package dk.samskabelse.journal.web.home;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/** The start page: every project the user may read with its phase and latest entry, and the way to start one. */
@PageController
class PortfolioPageController {

    /** A portfolio line with its last recorded time on the journal's clock. */
    record Line(PortfolioEntry project, ZonedDateTime lastRecordedAt) {
    }

    private final PortfolioService portfolio;
    private final ProjectAccess access;
    private final Clock clock;

    PortfolioPageController(PortfolioService portfolio, ProjectAccess access, Clock clock) {
        this.portfolio = portfolio;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping({"/", "/projekter"})
    String portfolio(Model model) {
        Predicate<String> readable = access.readableProjects();
        model.addAttribute("projects", portfolio.portfolio().stream()
                .filter(entry -> readable.test(entry.projectId()))
                .map(entry -> new Line(entry, entry.lastEntry().recordedAt() == null ? null
                        : entry.lastEntry().recordedAt().atZone(clock.getZone())))
                .toList());
        return "portfolio";
    }
}
