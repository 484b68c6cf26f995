package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;

/** A decision to change course, seed 002 phase 2B "Kursjusteringer". */
public record CourseCorrected(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String decision,
        String reason,
        List<CourseCorrectionScope> affects,
        boolean shareable)
        implements JournalEvent {}
