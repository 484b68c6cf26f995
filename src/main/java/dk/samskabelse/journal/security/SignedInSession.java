package dk.samskabelse.journal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser session of the signed-in user. A new password ends every session of its user
 * (SessionStillValidFilter), except the one that set it: an administrator who gives themself a new password on the
 * admin page stays signed in there, with the new credentials version.
 */
@Component
public class SignedInSession {

    private final UserDetailsService users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SignedInSession(UserDetailsService users) {
        this.users = users;
    }

    /** Keeps this session signed in after a change to its own user (a new password), if it is that user's. */
    public void renewIfSignedInAs(String username) {
        Authentication current = contexts.getContext().getAuthentication();
        if (current == null
                || !(current.getPrincipal() instanceof JournalUser signedIn)
                || !signedIn.getUsername().equals(UserAccounts.normalise(username))
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web)
                || web.getRequest().getSession(false) == null) {
            return;
        }
        UserDetails fresh = users.loadUserByUsername(signedIn.getUsername());
        if (fresh instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        UsernamePasswordAuthenticationToken renewed =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        renewed.setDetails(current.getDetails());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(renewed);
        contexts.setContext(context);
        repository.saveContext(context, web.getRequest(), web.getResponse());
    }
}
