package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordCourseCorrection(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        String decision,
        String reason,
        List<CourseCorrectionScope> affects,
        boolean shareable) {}
