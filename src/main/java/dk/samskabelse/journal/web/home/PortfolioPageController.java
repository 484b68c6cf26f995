package dk.samskabelse.journal.web.home;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The start page and the chef's portfolio: every project on the typology plane (declared placement, enacted
 * placement and the arrow between them) and in a table with phase, placements, drift and latest entry, which is
 * also the picture's text alternative.
 */
@PageController
class PortfolioPageController {

    /** A portfolio line: its number on the plane and its last recorded time on the journal's clock. */
    record Line(int number, PortfolioEntry project, ZonedDateTime lastRecordedAt) {
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
        List<Line> lines = new ArrayList<>();
        List<TypologyPlane.ProjectMark> marks = new ArrayList<>();
        // Only the projects this user may read are shown, in the picture and in the table.
        Predicate<String> readable = access.readableProjects();
        for (PortfolioEntry entry : portfolio.portfolio()) {
            if (!readable.test(entry.projectId())) {
                continue;
            }
            int number = lines.size() + 1;
            lines.add(new Line(number, entry, entry.lastEntry().recordedAt() == null ? null
                    : entry.lastEntry().recordedAt().atZone(clock.getZone())));
            TypologyPlane.Spot declared = spot(entry.declared());
            TypologyPlane.Spot enacted = spot(entry.enacted());
            if (declared != null || enacted != null) {
                marks.add(new TypologyPlane.ProjectMark(number, entry.projectId(), entry.name(), declared, enacted,
                        TypologyPlane.arrow(declared, enacted), entry.drift()));
            }
        }
        model.addAttribute("projects", lines);
        model.addAttribute("plane", new TypologyPlane());
        model.addAttribute("marks", marks);
        return "portfolio";
    }

    private static TypologyPlane.Spot spot(PortfolioEntry.Placement placement) {
        return placement == null ? null : TypologyPlane.spot(placement.openness(), placement.centrality(),
                placement.quadrant(), placement.borderline(), null);
    }
}
