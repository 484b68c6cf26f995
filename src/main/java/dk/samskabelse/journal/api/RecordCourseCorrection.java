package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordCourseCorrection(@TargetAggregateIdentifier String projectId, String entryId,
                                     LocalDate effectiveOn, String decision, String reason,
                                     List<CourseCorrectionScope> affects, boolean shareable) {
}
