package dk.samskabelse.journal.api;

/** What an actor brings to an engagement (DOMAIN.md). */
public enum ContributionType {
    VIDEN, TID, LOKALER, MATERIEL, PENGE, NETVAERK
}
