package dk.samskabelse.journal.api;

import java.time.LocalDate;

public record StartProject(String projectId, String entryId, String name, String municipality,
                           Area area, String purpose, LocalDate startedOn) {
}
