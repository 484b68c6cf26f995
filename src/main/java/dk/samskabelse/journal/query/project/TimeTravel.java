package dk.samskabelse.journal.query.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two clocks of a question (docs/domain.md "Two clocks"): asOf asks what had happened by that effective date,
 * with everything the journal knows today (so retractions count whenever they were made); knownAt asks what
 * the journal said at that moment (entries and retractions recorded later are left out). Both may be given.
 */
public record TimeTravel(LocalDate asOf, Instant knownAt) {

    public static final TimeTravel NOW = new TimeTravel(null, null);

    public boolean isNow() {
        return asOf == null && knownAt == null;
    }
}
