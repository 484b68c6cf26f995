package dk.samskabelse.journal.query.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.command.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Display names of a project's actors as the viewer may see them: from the personal-data register ("Slettet
 * aktør" once erased), or, for a pseudonymised viewer (a researcher), a neutral "Aktør n" numbered in the order
 * the actors were registered in the project, so that no name reaches a research view.
 */
@Component
public class ActorNames {

    public static final String ERASED = "Slettet aktør";
    public static final String PSEUDONYM = "Aktør ";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGISTERED = ActorRegistered.class.getSimpleName();

    private final PersonalDataRegister register;

    public ActorNames(PersonalDataRegister register) {
        this.register = register;
    }

    /** The names of one project's actors for a viewer who sees names or, when pseudonymised, neutral pseudonyms. */
    public Function<String, String> lookup(ProjectData project, boolean pseudonymised) {
        return pseudonymised ? pseudonyms(project.timeline()) : registered();
    }

    private Function<String, String> registered() {
        return actorId -> register.find(actorId).map(ActorPersonalData::name).orElse(ERASED);
    }

    private static Function<String, String> pseudonyms(List<TimelineEntry> timeline) {
        Map<String, String> names = new HashMap<>();
        timeline.stream()
                .filter(entry -> REGISTERED.equals(entry.getType()))
                .sorted(Comparator.comparingLong(TimelineEntry::getSequenceNumber))
                .forEach(entry -> names.putIfAbsent(actorId(entry), PSEUDONYM + (names.size() + 1)));
        return actorId -> names.getOrDefault(actorId, PSEUDONYM.strip());
    }

    private static String actorId(TimelineEntry registration) {
        try {
            return JSON.readTree(registration.getPayload()).path("actorId").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable timeline entry", e);
        }
    }
}
