package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.command.personaldata.PersonalDataRegister;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/** Display names from the personal-data register; an erased actor is shown as "Slettet aktør". */
@Component
public class ActorNames {

    public static final String ERASED = "Slettet aktør";

    private final PersonalDataRegister register;

    public ActorNames(PersonalDataRegister register) {
        this.register = register;
    }

    public Function<String, String> lookup() {
        return actorId -> register.find(actorId).map(ActorPersonalData::name).orElse(ERASED);
    }
}
