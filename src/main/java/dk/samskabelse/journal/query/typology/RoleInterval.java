package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.Optional;

/** An actor held a role from a date (inclusive) until a date (exclusive); open while it still holds it. */
public record RoleInterval(Role role, LocalDate from, Optional<LocalDate> until) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
    }
}
