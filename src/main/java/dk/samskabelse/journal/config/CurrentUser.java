package dk.samskabelse.journal.config;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user on whose behalf a command is recorded: the signed-in user of the request, or the fixed system user for
 * work that no person asked for in a request (loading the demo histories, rebuilds, start-up).
 */
@Component
public class CurrentUser {

    public static final String SYSTEM_USER = "system";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && TRUST.isAuthenticated(authentication) ? authentication.getName() : SYSTEM_USER;
    }
}
