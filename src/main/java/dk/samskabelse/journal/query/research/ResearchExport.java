package dk.samskabelse.journal.query.research;

import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The research form of a project's event export (NDJSON and CSV keep their columns): every entry through
 * {@link ResearchEvents}, the recorder as a user pseudonym. Research exports are pseudonymised by default
 * (docs/domain.md "Personal data").
 */
@Service
public class ResearchExport {

    private final ResearchPseudonyms pseudonyms;

    public ResearchExport(ResearchPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public List<LoggedEntry> pseudonymise(String projectId, List<LoggedEntry> entries) {
        ProjectPseudonyms p = pseudonyms.forProject(projectId);
        return entries.stream()
                .map(e -> new LoggedEntry(
                        e.sequenceNumber(),
                        e.entryId(),
                        e.type(),
                        e.effectiveOn(),
                        e.recordedAt(),
                        p.user(e.recordedBy()),
                        ResearchEvents.pseudonymise(e.payload(), p),
                        e.demo()))
                .toList();
    }
}
