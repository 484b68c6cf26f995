package dk.samskabelse.journal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as a browser session keeps it: Spring's User with the credentials version the user had at
 * sign-in. SessionStillValidFilter ends the session once the stored version differs (disabled, enabled or given a
 * new password) or the user is gone.
 */
public class JournalUser extends User {

    private static final long serialVersionUID = 1L;

    private final long credentialsVersion;

    JournalUser(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            long credentialsVersion) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.credentialsVersion = credentialsVersion;
    }

    public long credentialsVersion() {
        return credentialsVersion;
    }

    JournalUser withPassword(String passwordHash) {
        return new JournalUser(getUsername(), passwordHash, isEnabled(), getAuthorities(), credentialsVersion);
    }

    // User's equals and hashCode compare the user name only, which is what a session registry would need too.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
