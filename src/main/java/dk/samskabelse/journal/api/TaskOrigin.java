package dk.samskabelse.journal.api;

/**
 * Where the task came from, recorded in Afklaring. Seed 002 (Afklaring, "Samskabelsestype"): "Kommer opgaven fra
 * aktører internt i organisationen som fx topledelse, politikere eller medarbejdere? Eller kommer opgaven fra
 * aktører udefra, fx borgere, erhvervsliv eller andre?"; seed 004, "Fire veje til samskabelse": politicians,
 * officials, employees, citizens. Seed 001 makes it decisive for the typology: in Ligeværdig and Styret "det er
 * stadig kommunen, der identificerer det område", in Faciliterende "bankes der på kommunens dør".
 */
public enum TaskOrigin {
    POLITIKERE(true),
    TOPLEDELSE(true),
    MEDARBEJDERE(true),
    BORGERE(false),
    CIVILSAMFUND(false),
    ERHVERVSLIV(false),
    ANDEN_OFFENTLIG_MYNDIGHED(false),
    ANDET(false);

    private final boolean municipal;

    TaskOrigin(boolean municipal) {
        this.municipal = municipal;
    }

    /** The municipality itself (politicians, top management, employees) identified the task. */
    public boolean isMunicipal() {
        return municipal;
    }
}
