package dk.samskabelse.journal.query.research;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.project.Pseudonymisation;
import java.util.HashMap;
import java.util.Map;

/** The pseudonyms and the free-text rule of one project's research views. */
public final class ProjectPseudonyms implements Pseudonymisation {

    /** What a researcher sees instead of a free text the project leader did not mark shareable. */
    public static final String WITHHELD = "[ikke delt]";

    private final String projectId;
    private final ResearchPseudonyms pseudonyms;
    private final Map<String, String> actors = new HashMap<>();
    private final Map<String, String> users = new HashMap<>();

    ProjectPseudonyms(String projectId, ResearchPseudonyms pseudonyms) {
        this.projectId = projectId;
        this.pseudonyms = pseudonyms;
    }

    public String projectId() {
        return projectId;
    }

    public String actor(String actorId) {
        return actorId == null ? null : actors.computeIfAbsent(actorId, id -> pseudonyms.actor(projectId, id));
    }

    @Override
    public String user(String username) {
        return username == null ? null : users.computeIfAbsent(username, name -> pseudonyms.user(projectId, name));
    }

    @Override
    public JournalEvent pseudonymise(JournalEvent event) {
        return ResearchEvents.pseudonymise(event, this);
    }

    /**
     * A free text as a researcher may see it: only where the project leader marked it shareable (docs/domain.md
     * "Users": Forsker, exports pseudonymised). An empty text stays empty, so "no note" is still visible.
     */
    public static String text(String text, boolean shareable) {
        if (text == null || text.isBlank()) {
            return text;
        }
        return shareable ? text : WITHHELD;
    }
}
