package dk.samskabelse.journal.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A JSON API call signed in with a personal API token: the owner, with the owner's current role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String tokenId;

    ApiTokenAuthentication(String username, UserRole role, String tokenId) {
        super(List.of(role.authority()));
        this.username = username;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    String tokenId() {
        return tokenId;
    }
}
