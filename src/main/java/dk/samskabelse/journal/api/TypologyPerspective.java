package dk.samskabelse.journal.api;

import java.util.Set;

/**
 * Whose placement a declared typology is. Seed 001 opens with the question whether the parties agree on which
 * process they are in ("Er de parter, der indgår i samskabelsen enige om, hvilken proces det rent faktisk er, de er
 * en del af?"), and notes that one sees the field differently as citizen, association member, business
 * representative or public employee. CHEF and PROJEKTLEDER state the project's own (the municipality's) ambition,
 * the declaration drift is measured against; PARTNER is a partner's representative, named as an actor of the
 * project and recorded by the project leader; FORSKER is a researcher's reading. A stored declaration without a
 * perspective (revision 1) is the project's own, its author's perspective not recorded.
 */
public enum TypologyPerspective {
    CHEF,
    PROJEKTLEDER,
    PARTNER,
    FORSKER;

    /**
     * The municipality's own people: their placement is the CHEF or PROJEKTLEDER perspective, not a partner's.
     * ANDEN_OFFENTLIG_AKTOER (a region, another authority) can be a partner (seed 000: Næstved with Region
     * Sjælland), as can every non-public kind.
     */
    private static final Set<ActorKind> MUNICIPALITY_OWN = Set.of(
            ActorKind.MEDARBEJDER, ActorKind.PROJEKTLEDER, ActorKind.CHEF, ActorKind.DIREKTION, ActorKind.POLITIKER);

    /** Whether an actor of this kind may be named as a partner's representative (commercial suppliers never). */
    public static boolean canRepresentPartner(ActorKind kind) {
        return kind != null && !MUNICIPALITY_OWN.contains(kind);
    }

    /** Whether a declaration from this perspective states the project's own ambition (null: not recorded = own). */
    public static boolean isOwn(TypologyPerspective perspective) {
        return perspective == null || perspective == CHEF || perspective == PROJEKTLEDER;
    }
}
