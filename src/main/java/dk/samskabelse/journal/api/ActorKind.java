package dk.samskabelse.journal.api;

/** Kind of participant in a project (docs/domain.md "Actor kinds"); the kind decides which roles an actor may hold. */
public enum ActorKind {
    BORGER(Sector.NON_PUBLIC),
    BORGERGRUPPE(Sector.NON_PUBLIC),
    FORENING(Sector.NON_PUBLIC),
    VIRKSOMHED(Sector.NON_PUBLIC),
    CIVILSAMFUNDSORGANISATION(Sector.NON_PUBLIC),
    MEDARBEJDER(Sector.PUBLIC),
    PROJEKTLEDER(Sector.PUBLIC),
    CHEF(Sector.PUBLIC),
    DIREKTION(Sector.PUBLIC),
    POLITIKER(Sector.PUBLIC),
    ANDEN_OFFENTLIG_AKTOER(Sector.PUBLIC);

    private final Sector sector;

    ActorKind(Sector sector) {
        this.sector = sector;
    }

    public Sector sector() {
        return sector;
    }

    public boolean isPublic() {
        return sector == Sector.PUBLIC;
    }
}
