package dk.samskabelse.journal.security;

import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The four kinds of journal users (docs/domain.md "Users"); the names are the API values and the stored ones. */
public enum UserRole {
    PROJEKTLEDER,
    CHEF,
    FORSKER,
    ADMIN;

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }

    static Optional<UserRole> ofAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(authority.substring("ROLE_".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
