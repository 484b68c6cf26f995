package dk.samskabelse.journal.web;

import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.security.ProjectAccess;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which perspective the signed-in user may declare a typology placement from (issue 13; the rule is
 * ProjectAccess.declarablePerspectives): the form offers these, and the form and the API refuse any other with
 * PERSPECTIVE_NOT_ALLOWED on the field "perspective" before a command is sent, so nothing is stored.
 */
@Component
public class DeclarablePerspectives {

    public static final String FIELD = "perspective";

    private final ProjectAccess access;

    DeclarablePerspectives(ProjectAccess access) {
        this.access = access;
    }

    /** The perspectives the user may choose, the user's own first. */
    public List<TypologyPerspective> choices() {
        return access.declarablePerspectives();
    }

    /** The requested perspective if the user may give it; none requested: the user's own. Else a refusal. */
    public TypologyPerspective check(TypologyPerspective requested) {
        List<TypologyPerspective> allowed = choices();
        if (requested == null && !allowed.isEmpty()) {
            return allowed.get(0);
        }
        if (requested == null || !allowed.contains(requested)) {
            throw new JournalRejection(
                    RejectionReason.PERSPECTIVE_NOT_ALLOWED,
                    FIELD,
                    "This user may not declare a placement from the perspective " + requested,
                    requested);
        }
        return requested;
    }
}
