package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Project views")
class PortfolioController {

    private final PortfolioService portfolio;

    PortfolioController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/api/projects")
    @Operation(summary = "The portfolio: phase, declared and enacted quadrant, drift flag and last entry per project")
    List<PortfolioEntry> portfolio() {
        return portfolio.portfolio();
    }
}
