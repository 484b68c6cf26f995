package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.personaldata.RegisteredActor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

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
        // One read of the project's register per lookup, instead of one query per actor: the bench's W5 pages
        // asked ~85 times per page (bench/results/20261206T023246Z.md). Every caller asks for names at once.
        Map<String, String> names = namesOf(projectId);
        return actorId -> names.getOrDefault(actorId, ERASED);
    }

    private Map<String, String> namesOf(String projectId) {
        Map<String, String> names = new HashMap<>();
        for (RegisteredActor actor : register.registrations(projectId)) {
            names.put(actor.actorId(), actor.data().name());
        }
        return names;
    }
}
