package dk.samskabelse.journal.api;

import java.util.Arrays;
import java.util.List;

/**
 * The role an actor plays in a project. Public actors take the employee roles of Ulrich's round table
 * (seed 001) and Torfing's leadership roles (seed 004); non-public actors take the citizen roles of
 * seeds 001 and 002. TILBAGETRUKKET is "present, without an active role" (seed 000's activity day).
 */
public enum Role {
    BESLUTTENDE(Sector.PUBLIC),
    MAALSAETTENDE(Sector.PUBLIC),
    LIGEVAERDIG_DELTAGER(Sector.PUBLIC),
    FACILITATOR(Sector.PUBLIC),
    KONVENER(Sector.PUBLIC),
    KATALYSATOR(Sector.PUBLIC),
    TILBAGETRUKKET(Sector.PUBLIC),

    MODTAGER(Sector.NON_PUBLIC),
    BRUGER(Sector.NON_PUBLIC),
    MEDIMPLEMENTERENDE(Sector.NON_PUBLIC),
    RESSOURCEPERSON(Sector.NON_PUBLIC),
    FRIVILLIG(Sector.NON_PUBLIC),
    MEDDESIGNER(Sector.NON_PUBLIC),
    MEDPRODUCENT(Sector.NON_PUBLIC),
    INNOVATOR(Sector.NON_PUBLIC),
    MEDINITIATIVTAGER(Sector.NON_PUBLIC),
    BEBOER(Sector.NON_PUBLIC),
    POLITISK_AKTIV(Sector.NON_PUBLIC);

    private final Sector sector;

    Role(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    public boolean fits(ActorKind kind) {
        return kind.sector() == sector;
    }

    public static List<Role> rolesFor(ActorKind kind) {
        return Arrays.stream(values()).filter(role -> role.fits(kind)).toList();
    }
}
