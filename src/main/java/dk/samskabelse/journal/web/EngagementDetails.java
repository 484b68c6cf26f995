package dk.samskabelse.journal.web;

import java.util.List;

/**
 * What an engagement entry holds beyond its one-line summary, as the journal lets a card be opened to it (issue 18,
 * item 4: participants, influence, contributions and notes were stored but shown nowhere): each line already in
 * the user's language, names as the viewer may see them.
 */
public record EngagementDetails(
        String initiators, List<String> participants, List<String> contributions, String notes) {}
