package dk.samskabelse.journal.web.home;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioOrder;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.ProjectAccess;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The start page and the chef's portfolio: every project on the typology plane (declared placement, enacted
 * placement and the arrow between them) and in a table with phase, placements, drift and latest entry, which is
 * also the picture's text alternative.
 */
@PageController
class PortfolioPageController {

    /** A portfolio line: its number on the plane and its last recorded time on the journal's clock. */
    record Line(int number, PortfolioEntry project, ZonedDateTime lastRecordedAt) {}

    /**
     * A sortable column header (issue 13): the link that sorts by it (keeping the page's other parameters) and its
     * aria-sort value, null unless the table is sorted by it.
     */
    record SortLink(String href, String ariaSort) {}

    private final PortfolioService portfolio;
    private final ProjectAccess access;
    private final Clock clock;

    PortfolioPageController(PortfolioService portfolio, ProjectAccess access, Clock clock) {
        this.portfolio = portfolio;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping({"/", "/projekter"})
    String portfolio(@RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
        // An unknown order (a hand-edited link) shows the default order by name.
        PortfolioOrder order = PortfolioOrder.parse(sort).orElse(PortfolioOrder.DEFAULT);
        List<Line> lines = new ArrayList<>();
        List<TypologyPlane.ProjectMark> marks = new ArrayList<>();
        // Only the projects this user may read are shown, in the picture and in the table.
        Predicate<String> readable = access.readableProjects();
        for (PortfolioEntry entry : portfolio.portfolio(order)) {
            if (!readable.test(entry.projectId())) {
                continue;
            }
            int number = lines.size() + 1;
            lines.add(new Line(
                    number,
                    entry,
                    entry.lastEntry().recordedAt() == null
                            ? null
                            : entry.lastEntry().recordedAt().atZone(clock.getZone())));
            TypologyPlane.Spot declared = spot(entry.declared());
            TypologyPlane.Spot enacted = spot(entry.enacted());
            if (declared != null || enacted != null) {
                marks.add(new TypologyPlane.ProjectMark(
                        number,
                        entry.projectId(),
                        entry.name(),
                        declared,
                        enacted,
                        TypologyPlane.arrow(declared, enacted),
                        entry.drift()));
            }
        }
        model.addAttribute("projects", lines);
        model.addAttribute("sortLinks", sortLinks(order, request));
        model.addAttribute("plane", new TypologyPlane());
        model.addAttribute("marks", marks);
        return "portfolio";
    }

    private static Map<String, SortLink> sortLinks(PortfolioOrder order, HttpServletRequest request) {
        Map<String, SortLink> links = new LinkedHashMap<>();
        for (PortfolioOrder.Key key : PortfolioOrder.Key.values()) {
            // A relative link on the page's own path, with its other parameters (e.g. lang) as they came.
            String href = UriComponentsBuilder.newInstance()
                    .path(request.getRequestURI())
                    .query(request.getQueryString())
                    .replaceQueryParam("sort", order.next(key).parameter())
                    .build()
                    .toUriString();
            String ariaSort = order.key() == key ? (order.descending() ? "descending" : "ascending") : null;
            links.put(key.parameter(), new SortLink(href, ariaSort));
        }
        return links;
    }

    private static TypologyPlane.Spot spot(PortfolioEntry.Placement placement) {
        return placement == null
                ? null
                : TypologyPlane.spot(
                        placement.openness(),
                        placement.centrality(),
                        placement.quadrant(),
                        placement.borderline(),
                        null);
    }
}
