package dk.samskabelse.journal.security;

import java.util.List;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users for login (form and HTTP Basic) from the journal_user table, with their one role as authority. */
@Service
class JournalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserStore store;

    JournalUserDetailsService(UserStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        StoredUser user = store.find(UserAccounts.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return new JournalUser(
                user.username(),
                user.passwordHash(),
                user.enabled(),
                List.of(user.role().authority()),
                user.credentialsVersion());
    }

    /** Re-hashes a password at login when the encoder's default (algorithm or cost) has changed since it was set. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        store.rehash(user.getUsername(), newPassword);
        return user instanceof JournalUser signedIn
                ? signedIn.withPassword(newPassword)
                : User.withUserDetails(user).password(newPassword).build();
    }
}
