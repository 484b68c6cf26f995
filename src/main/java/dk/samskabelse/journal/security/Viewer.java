package dk.samskabelse.journal.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking: the signed-in user and their role. Every read of a project goes through a viewer, so that what
 * a researcher sees can be pseudonymised in one place (names never reach a researcher).
 */
public record Viewer(String username, UserRole role) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** Researchers see actors under neutral pseudonyms, never their names. */
    public boolean pseudonymised() {
        return role == UserRole.FORSKER;
    }

    /** The viewer behind an authentication; empty for an anonymous caller or one without a journal role. */
    public static Optional<Viewer> of(Authentication authentication) {
        if (authentication == null || !TRUST.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(UserRole::ofAuthority)
                .flatMap(Optional::stream)
                .findFirst()
                .map(role -> new Viewer(authentication.getName(), role));
    }
}
