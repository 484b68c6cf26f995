package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.deadletter.DeadLetters;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Events a projection failed on: parked, listed here, and retried on request once the cause is fixed. */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration")
class AdminDeadLetterController {

    private final DeadLetters deadLetters;

    AdminDeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Parked events per projection and project, with the cause of the failure")
    DeadLetters.Overview list() {
        return deadLetters.overview();
    }

    @PostMapping("/retry")
    @Operation(summary = "Retry the parked events (of one projection, or all); those that fail again stay parked")
    DeadLetters.RetryResult retry(
            @Parameter(description = "processing group: projections (the only one, feeding every projection)")
                    @RequestParam(required = false)
                    String group) {
        if (group != null && !ProjectionGroups.ALL.contains(group)) {
            throw new InvalidParameterException("group", "problem.group.unknown");
        }
        return deadLetters.retry(Optional.ofNullable(group));
    }
}
