package dk.samskabelse.journal.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Login by user name and password (the web form and HTTP Basic alike), throttled per account and per address.
 * Every failure gets the same answer: an unknown name, a wrong password and a disabled user are all "bad
 * credentials", and the password is checked before the user's state so that a disabled account cannot be told
 * apart without its password. Spring's DaoAuthenticationProvider runs the encoder for unknown names too, so the
 * time taken does not tell them apart either.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            UserDetailsPasswordService upgrades,
            PasswordEncoder encoder,
            LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(upgrades);
        // Spring checks disabled/locked before the password; here the state is checked only after it matched.
        passwords.setPreAuthenticationChecks(user -> {});
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Disabled");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(authentication);
            throttle.succeeded(username, address);
            return authenticated;
        } catch (InternalAuthenticationServiceException broken) {
            // The user store could not be read: an error of the journal, not a failed login.
            throw broken;
        } catch (AuthenticationException failed) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
