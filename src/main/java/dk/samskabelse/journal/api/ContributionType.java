package dk.samskabelse.journal.api;

/** What an actor brings to an engagement (docs/domain.md "Enumerations"). */
public enum ContributionType {
    VIDEN,
    TID,
    LOKALER,
    MATERIEL,
    PENGE,
    NETVAERK
}
