package dk.samskabelse.journal.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as "{bcrypt}..." through Spring's DelegatingPasswordEncoder, so a later change of algorithm
 * or cost only needs a new default id: old hashes keep working and are upgraded at the next login
 * (JournalUserDetailsService.updatePassword). The cost factor is journal.security.bcrypt-strength (default 10,
 * Spring's default); every API call with HTTP Basic pays it once, so it is a trade-off with API latency.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {

    static final String DEFAULT_ID = "bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(JournalSecurityProperties settings) {
        int strength = settings.security().bcryptStrength();
        return new DelegatingPasswordEncoder(DEFAULT_ID, Map.of(DEFAULT_ID, new BCryptPasswordEncoder(strength)));
    }
}
