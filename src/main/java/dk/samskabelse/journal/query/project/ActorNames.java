package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Display names of a project's actors as the viewer may see them: from the personal-data register ("Slettet
 * aktør" once erased); for a pseudonymised viewer (a researcher) the rows were loaded pseudonymised already
 * (ProjectDataSource.loadPseudonymised), so the actor id shown is the project's keyed pseudonym and no name
 * is looked up at all. Names are looked up in the viewed project's register only.
 */
@Component
public class ActorNames {

    public static final String ERASED = "Slettet aktør";

    private final PersonalDataRegister register;

    public ActorNames(PersonalDataRegister register) {
        this.register = register;
    }

    /** The names of one project's actors for a viewer who sees names or, when pseudonymised, the pseudonyms. */
    public Function<String, String> lookup(ProjectData project, boolean pseudonymised) {
        return pseudonymised ? Function.identity() : lookup(project.summary().getProjectId());
    }

    /**
     * Names of one project's actors from the register, for viewers who may see them. Looked up with the project:
     * the same actor id in another project is another person, and its name is never shown here.
     */
    public Function<String, String> lookup(String projectId) {
        return actorId -> register.find(projectId, actorId).map(ActorPersonalData::name).orElse(ERASED);
    }
}
