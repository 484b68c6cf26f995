package dk.samskabelse.journal.web.home;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.ZonedDateTime;

/** The start page: every project with its phase and latest entry, and the way to start a new one. */
@PageController
class PortfolioPageController {

    /** A portfolio line with its last recorded time on the journal's clock. */
    record Line(PortfolioEntry project, ZonedDateTime lastRecordedAt) {
    }

    private final PortfolioService portfolio;
    private final Clock clock;

    PortfolioPageController(PortfolioService portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.clock = clock;
    }

    @GetMapping({"/", "/projekter"})
    String portfolio(Model model) {
        model.addAttribute("projects", portfolio.portfolio().stream()
                .map(entry -> new Line(entry, entry.lastEntry().recordedAt() == null ? null
                        : entry.lastEntry().recordedAt().atZone(clock.getZone())))
                .toList());
        return "portfolio";
    }
}
