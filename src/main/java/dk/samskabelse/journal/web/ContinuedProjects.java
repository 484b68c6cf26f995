package dk.samskabelse.journal.web;

import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.query.portfolio.PortfolioEntry;
import dk.samskabelse.journal.query.portfolio.PortfolioService;
import dk.samskabelse.journal.security.ProjectAccess;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The project a new one continues ("afsæt for ny samskabelse", seed 002 Erkendelse): StartProject may name it,
 * and the form and the API check here that it exists and that the signed-in user may read it. A project the
 * user may not read is refused exactly like one that does not exist (UNKNOWN_PROJECT on continuesProjectId),
 * so ids cannot be probed. The write side cannot check it: the aggregate knows only its own project. Existence is
 * read from the event store, not a read model, so a project started a moment ago can be continued at once.
 */
@Component
public class ContinuedProjects {

    public static final String FIELD = "continuesProjectId";

    private final ProjectAccess access;
    private final EventStore events;
    private final PortfolioService portfolio;

    /** A project the start form offers to continue. */
    public record Choice(String projectId, String name, String municipality) {}

    ContinuedProjects(ProjectAccess access, EventStore events, PortfolioService portfolio) {
        this.access = access;
        this.events = events;
        this.portfolio = portfolio;
    }

    /** The projects the signed-in user may read, by name: those a new project may continue. */
    public List<Choice> choices() {
        Predicate<String> readable = access.readableProjects();
        return portfolio.portfolio().stream()
                .filter(entry -> readable.test(entry.projectId()))
                .sorted(Comparator.comparing(PortfolioEntry::name, String.CASE_INSENSITIVE_ORDER))
                .map(entry -> new Choice(entry.projectId(), entry.name(), entry.municipality()))
                .toList();
    }

    /** Null or blank: no continuation. Else the id, if the user may read that project; else a refusal. */
    public String check(String projectId) {
        if (projectId == null || projectId.isBlank()) {
            return null;
        }
        String id = projectId.strip();
        boolean readable = isUuid(id)
                && access.viewer().map(viewer -> access.canRead(viewer, id)).orElse(false)
                && events.lastSequenceNumberFor(id).isPresent();
        if (!readable) {
            throw new JournalRejection(
                    RejectionReason.UNKNOWN_PROJECT, FIELD, "The project this continues is not known: " + id);
        }
        return id;
    }

    private static boolean isUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
