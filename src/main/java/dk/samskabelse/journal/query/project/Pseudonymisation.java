package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.JournalEvent;

/**
 * How a researcher's replay shows one project (ProjectDataSource.loadPseudonymised): each event and each recorder
 * as a researcher may see them. Implemented by the research package (ProjectPseudonyms), so that the project
 * views do not depend on it.
 */
public interface Pseudonymisation {

    /** The event with actor ids replaced by pseudonyms and free text kept only where it was marked shareable. */
    JournalEvent pseudonymise(JournalEvent event);

    /** The pseudonym of a recorder (a username). */
    String user(String username);
}
