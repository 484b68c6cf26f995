package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioOrder;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Project views")
class PortfolioController {

    private final PortfolioService portfolio;
    private final ProjectAccess access;

    PortfolioController(PortfolioService portfolio, ProjectAccess access) {
        this.portfolio = portfolio;
        this.access = access;
    }

    @GetMapping("/api/projects")
    @Operation(
            summary = "The portfolio: phase, declared and enacted quadrant, drift flag, drift over the whole history "
                    + "(driftHistory), demo mark and last entry per project the caller may read")
    List<PortfolioEntry> portfolio(
            @Parameter(
                            description = "name (default), driftDays, longestDrift or driftNow; "
                                    + "a leading '-' sorts descending")
                    @RequestParam(required = false)
                    String sort) {
        PortfolioOrder order = PortfolioOrder.parse(sort)
                .orElseThrow(() -> new InvalidParameterException("sort", "problem.sort.unknown"));
        Predicate<String> readable = access.readableProjects();
        return portfolio.portfolio(order).stream()
                .filter(entry -> readable.test(entry.projectId()))
                .toList();
    }
}
