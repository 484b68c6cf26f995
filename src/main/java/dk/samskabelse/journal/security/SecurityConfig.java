package dk.samskabelse.journal.security;

import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every address of the journal with its rule; whatever no rule names is denied (and answered 404, as if it did not
 * exist). Three filter chains:
 * <ul>
 * <li>the OpenAPI document (/v3/api-docs): HTTP Basic, or the session of a signed-in browser for Swagger UI;</li>
 * <li>the JSON API (/api/**): HTTP Basic or a personal API token (ApiTokenFilter, "Authorization: Bearer") on
 * every request; a read (GET, HEAD) may instead come with the session of a signed-in browser, so the journal's own
 * pages read the API without a second password (SessionContextForReads), and no session is ever made there. CSRF
 * protection is off there because no cookie ever authenticates a write: a browser cannot make a cross-site request
 * carry the credentials, and the write endpoints accept only application/json, which a cross-site form cannot send;</li>
 * <li>the web journal: form login with a session (id changed at login), CSRF token on every form, logout by
 * POST. A session ends on its next request once its user is disabled, removed or given a new password
 * (SessionStillValidFilter, also on the OpenAPI chain, which may use the session).</li>
 * </ul>
 * All send the same security headers, including a Content-Security-Policy the pages satisfy (no inline script or
 * style: templates carry none, and /js/journal.js is the only script); only Swagger UI may use inline styles. The authorisation matrix test
 * (security/AuthorizationMatrixIT) checks these rules against every route the application has.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final String LEADER = UserRole.PROJEKTLEDER.name();
    private static final String CHEF = UserRole.CHEF.name();
    private static final String ADMIN = UserRole.ADMIN.name();

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            UserDetailsPasswordService upgrades,
            PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ProviderManager(new ThrottledAuthenticationProvider(users, upgrades, encoder, throttle));
    }

    /**
     * The OpenAPI document, read with HTTP Basic like the API or with the session of a signed-in browser, so that
     * /swagger-ui.html can load it. Only reading: nothing here changes anything, so no CSRF token is needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(
            HttpSecurity http,
            AuthenticationManager authentication,
            ProjectAuthorization projects,
            SecurityAnswers answers,
            UserStore users)
            throws Exception {
        String[] docs = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"};
        http.securityMatcher(docs)
                .authorizeHttpRequests(rules -> rules.requestMatchers(HttpMethod.GET, docs)
                        .authenticated()
                        .anyRequest()
                        .access(projects.unknownAddress()))
                .authenticationManager(authentication)
                .httpBasic(basic ->
                        basic.realmName(SecurityAnswers.REALM).authenticationEntryPoint(answers.apiEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterBefore(new SessionStillValidFilter(users), AuthorizationFilter.class)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(denials -> denials.authenticationEntryPoint(answers.apiEntryPoint())
                        .accessDeniedHandler(answers.apiDenied()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManager authentication,
            ProjectAuthorization projects,
            SecurityAnswers answers,
            ApiTokens tokens,
            UserStore users)
            throws Exception {
        String project = "/api/projects/{projectId}";
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(rules -> rules.requestMatchers(HttpMethod.GET, "/api/projects")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/projects")
                        .hasAnyRole(LEADER, CHEF)
                        .requestMatchers(HttpMethod.POST, project + "/clarifications")
                        .access(projects.record(ClarifyProject.class))
                        // Leaders, chefs and (issue 13) researchers on released projects; which perspective
                        // each may give is checked by web/DeclarablePerspectives.
                        .requestMatchers(HttpMethod.POST, project + "/typology-declarations")
                        .access(projects.record(DeclareTypology.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors")
                        .access(projects.record(RegisterActor.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors/{actorId}/role-shifts")
                        .access(projects.record(ShiftRole.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors/{actorId}/withdrawal")
                        .access(projects.record(WithdrawActor.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors/{actorId}/roles")
                        .access(projects.record(AddRole.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors/{actorId}/role-endings")
                        .access(projects.record(EndRole.class))
                        .requestMatchers(HttpMethod.POST, project + "/actors/{actorId}/rejoining")
                        .access(projects.record(RejoinActor.class))
                        .requestMatchers(HttpMethod.POST, project + "/plannings")
                        .access(projects.record(RecordPlanning.class))
                        .requestMatchers(HttpMethod.POST, project + "/leadership-actions")
                        .access(projects.record(RecordLeadershipAction.class))
                        .requestMatchers(HttpMethod.POST, project + "/leadership-reflections")
                        .access(projects.record(RecordLeadershipReflection.class))
                        .requestMatchers(HttpMethod.POST, project + "/reopening")
                        .access(projects.record(ReopenProject.class))
                        .requestMatchers(HttpMethod.POST, project + "/engagements")
                        .access(projects.record(RecordEngagement.class))
                        .requestMatchers(HttpMethod.POST, project + "/phase-changes")
                        .access(projects.record(ChangePhase.class))
                        .requestMatchers(HttpMethod.POST, project + "/course-corrections")
                        .access(projects.record(RecordCourseCorrection.class))
                        .requestMatchers(HttpMethod.POST, project + "/insights")
                        .access(projects.record(RecordInsight.class))
                        .requestMatchers(HttpMethod.POST, project + "/retractions")
                        .access(projects.record(RetractEntry.class))
                        .requestMatchers(HttpMethod.POST, project + "/closure")
                        .access(projects.record(CloseProject.class))
                        .requestMatchers(
                                HttpMethod.GET,
                                project + "/roles",
                                project + "/phases",
                                project + "/engagements",
                                project + "/timeline",
                                project + "/typology",
                                project + "/evaluation",
                                project + "/events")
                        .access(projects.read())
                        // Erasure is the administrator's (docs/domain.md "Personal data"); research views are
                        // pseudonymised for everyone who may read the project.
                        .requestMatchers(HttpMethod.DELETE, project + "/actors/{actorId}/personal-data")
                        .hasRole(ADMIN)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/research/projects/{projectId}/events",
                                "/api/research/projects/{projectId}/timeline",
                                "/api/research/projects/{projectId}/roles",
                                "/api/research/projects/{projectId}/phases",
                                "/api/research/projects/{projectId}/engagements",
                                "/api/research/projects/{projectId}/typology")
                        .access(projects.read())
                        // Personal API tokens: each user their own; an administrator's for any user are under
                        // /api/admin. ApiTokenFilter refuses a token itself on these (password only).
                        .requestMatchers(HttpMethod.GET, "/api/tokens")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/tokens")
                        .authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/tokens/{tokenId}")
                        .authenticated()
                        .requestMatchers("/api/admin/**")
                        .hasRole(ADMIN)
                        .anyRequest()
                        .access(projects.unknownAddress()))
                .authenticationManager(authentication)
                .httpBasic(basic ->
                        basic.realmName(SecurityAnswers.REALM).authenticationEntryPoint(answers.apiEntryPoint()))
                // A script's personal API token instead of the password: no bcrypt hash per call.
                .addFilterBefore(
                        new ApiTokenFilter(tokens, answers.apiEntryPoint(), answers.apiDenied()),
                        BasicAuthenticationFilter.class)
                // Reads may come from the journal's own pages with the browser's session (SessionContextForReads);
                // that session ends here too once its user is disabled or given a new password.
                .securityContext(context -> context.securityContextRepository(new SessionContextForReads()))
                .addFilterAfter(new SessionStillValidFilter(users), SecurityContextHolderFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(denials -> denials.authenticationEntryPoint(answers.apiEntryPoint())
                        .accessDeniedHandler(answers.apiDenied()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            AuthenticationManager authentication,
            ProjectAuthorization projects,
            SecurityAnswers answers,
            UserStore users)
            throws Exception {
        String project = "/projekter/{projectId}";
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?fejl");
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?spaerret"));
        http.authorizeHttpRequests(rules -> rules
                        // favicon.ico: browsers ask for it before login; it must not become the page shown after it.
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/", "/projekter")
                        .authenticated()
                        .requestMatchers("/projekter/ny")
                        .hasAnyRole(LEADER, CHEF)
                        .requestMatchers(project + "/afklaring")
                        .access(projects.record(ClarifyProject.class))
                        .requestMatchers(project + "/typologi")
                        .access(projects.record(DeclareTypology.class))
                        .requestMatchers(project + "/faseskift")
                        .access(projects.record(ChangePhase.class))
                        .requestMatchers(project + "/kursjustering")
                        .access(projects.record(RecordCourseCorrection.class))
                        .requestMatchers(project + "/erkendelse")
                        .access(projects.record(RecordInsight.class))
                        .requestMatchers(project + "/aktoerer/ny")
                        .access(projects.record(RegisterActor.class))
                        .requestMatchers(project + "/rolleskift")
                        .access(projects.record(ShiftRole.class))
                        .requestMatchers(project + "/udtraeden")
                        .access(projects.record(WithdrawActor.class))
                        .requestMatchers(project + "/engagementer/ny")
                        .access(projects.record(RecordEngagement.class))
                        .requestMatchers(project + "/tilbagetraekning")
                        .access(projects.record(RetractEntry.class))
                        .requestMatchers(project + "/ny-rolle")
                        .access(projects.record(AddRole.class))
                        .requestMatchers(project + "/afslut-rolle")
                        .access(projects.record(EndRole.class))
                        .requestMatchers(project + "/genindtraeden")
                        .access(projects.record(RejoinActor.class))
                        .requestMatchers(project + "/planlaegning")
                        .access(projects.record(RecordPlanning.class))
                        .requestMatchers(project + "/ledelseshandling")
                        .access(projects.record(RecordLeadershipAction.class))
                        .requestMatchers(project + "/chefrefleksion")
                        .access(projects.record(RecordLeadershipReflection.class))
                        .requestMatchers(project + "/genaabning")
                        .access(projects.record(ReopenProject.class))
                        .requestMatchers(
                                project,
                                project + "/tidslinje",
                                project + "/genafspilning",
                                project + "/evaluering",
                                project + "/evaluering.md",
                                project + "/evaluering.pdf")
                        .access(projects.read())
                        // Issue 13: the model validation runs over the seed cases only, no project data.
                        .requestMatchers("/forskning/modelvalidering")
                        .hasAnyRole(UserRole.FORSKER.name(), ADMIN)
                        // Each user's own account: the personal API tokens.
                        .requestMatchers("/konto", "/konto/**")
                        .authenticated()
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**")
                        .authenticated()
                        .anyRequest()
                        .access(projects.unknownAddress()))
                .authenticationManager(authentication)
                .formLogin(form ->
                        form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failures))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logget-ud"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // A session ends on its next request once its user is disabled, removed or given a new password.
                .addFilterBefore(new SessionStillValidFilter(users), AuthorizationFilter.class)
                .csrf(Customizer.withDefaults())
                .exceptionHandling(denials -> denials.accessDeniedHandler(answers.webDenied()))
                .headers(SecurityConfig::headers);
        return http.build();
    }

    /**
     * Swagger UI's bundled script sets inline styles; its pages alone get a policy that allows them. Scripts stay
     * limited to the journal's own files there too.
     */
    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi = new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        swaggerUi, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
