package dk.samskabelse.journal.api;

/** Municipal area a project belongs to (docs/domain.md, seed 002's three areas plus those of seeds 000 and 003). */
public enum Area {
    KULTUR_OG_FRITID,
    TEKNIK_OG_MILJOE,
    SUNDHED,
    SOCIAL,
    BOERN_OG_UNGE,
    BESKAEFTIGELSE,
    AELDRE,
    ANDET
}
