package dk.samskabelse.journal.query.typology;

/**
 * The four types of co-creation, seed 001 (Ulrich's typology; also seed 002 p. 22-23), as docs/domain.md places them:
 * centrality below 0 means the municipality is the central actor, openness below 0 means a predictable result.
 */
public enum Quadrant {
    LIGEVAERDIG("Ligeværdig samskabelse"),
    FACILITERENDE("Faciliterende samskabelse"),
    STYRET("Styret samskabelse"),
    ANSVARLIGGOERENDE("Ansvarliggørende samskabelse");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    /** The Danish name shown to users. */
    public String label() {
        return label;
    }

    /** Zero belongs to the open and to the non-public side, as in docs/domain.md's table (≥ 0). */
    public static Quadrant of(double openness, double centrality) {
        if (openness >= 0) {
            return centrality < 0 ? LIGEVAERDIG : FACILITERENDE;
        }
        return centrality < 0 ? STYRET : ANSVARLIGGOERENDE;
    }
}
