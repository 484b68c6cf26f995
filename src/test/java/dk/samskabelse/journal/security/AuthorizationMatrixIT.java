package dk.samskabelse.journal.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may do what, checked against every route the application has: the routes are read from its own handler
 * mappings (every controller method's patterns and HTTP methods, springdoc's, the error page and actuator), and
 * each route must have an explicit rule in {@link #RULES}, so a new route without one fails this test. Every route
 * is then called by each kind of caller (anonymous, PROJEKTLEDER, CHEF, FORSKER, ADMIN) on an own project (the
 * leader and chef are assigned to it and it is released for research) and on another project (nobody is assigned,
 * not released), and the answer must be the one the rule expects:
 * <ul>
 * <li>ALLOWED: past security (the controller answered; an empty body is refused with 400 or a form with errors);</li>
 * <li>LOGIN: 401 with WWW-Authenticate on the API, a redirect to /login on the pages;</li>
 * <li>FORBIDDEN: 403, for a project the caller may read but not write this way;</li>
 * <li>HIDDEN: 404, exactly as for an unknown project.</li>
 * </ul>
 */
@JournalIntegrationTest
class AuthorizationMatrixIT {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixIT.class);

    enum Rule {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** The container's error page: open to all, as refusals are shown on it; called directly it reports 500. */
        ERROR_PAGE,
        /** Any signed-in user. */
        SIGNED_IN,
        /** Project leaders and chefs start projects. */
        STARTS_PROJECTS,
        /** Read a project: assigned leaders and chefs, researchers on released projects, administrators. */
        READ,
        /** Record an entry only a project leader records, on a project assigned to them. */
        RECORD_LEADER,
        /**
         * Record an entry a chef records too (typology, course correction, insight, leadership action and
         * reflection), on an assigned project.
         */
        RECORD_CHEF,
        /**
         * Declare a placement in the typology (issue 13): project leaders and chefs on an assigned project, and
         * researchers on a project released for research (each from the perspective their role allows).
         */
        RECORD_TYPOLOGY,
        /** Administrators only. */
        ADMIN,
        /** Researchers and administrators: the model validation over the seed cases (issue 13), no project data. */
        RESEARCH,
        /**
         * Revoke one's own API token (issue 14): the matrix names a token of another user (the scratch user's), so
         * every signed-in caller is answered as for an unknown token, 404.
         */
        OWN_TOKEN
    }

    enum Caller {
        ANONYMOUS,
        PROJEKTLEDER,
        CHEF,
        FORSKER,
        ADMIN
    }

    enum Outcome {
        ALLOWED,
        LOGIN,
        FORBIDDEN,
        HIDDEN
    }

    /** Every route of the journal with its rule: "METHOD pattern" as the handler mappings name it. */
    static final Map<String, Rule> RULES = Map.ofEntries(
            // The JSON API
            entry("GET /api/projects", Rule.SIGNED_IN),
            entry("POST /api/projects", Rule.STARTS_PROJECTS),
            entry("POST /api/projects/{projectId}/clarifications", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/typology-declarations", Rule.RECORD_TYPOLOGY),
            entry("POST /api/projects/{projectId}/actors", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/actors/{actorId}/role-shifts", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/actors/{actorId}/withdrawal", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/engagements", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/phase-changes", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/course-corrections", Rule.RECORD_CHEF),
            entry("POST /api/projects/{projectId}/insights", Rule.RECORD_CHEF),
            entry("POST /api/projects/{projectId}/retractions", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/closure", Rule.RECORD_LEADER),
            // Issue 12: a further role, its end, a rejoin, a reopening and the planning are the project leader's;
            // the leadership action and reflection are the chef's too (seed 002).
            entry("POST /api/projects/{projectId}/actors/{actorId}/roles", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/actors/{actorId}/role-endings", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/actors/{actorId}/rejoining", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/reopening", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/plannings", Rule.RECORD_LEADER),
            entry("POST /api/projects/{projectId}/leadership-actions", Rule.RECORD_CHEF),
            entry("POST /api/projects/{projectId}/leadership-reflections", Rule.RECORD_CHEF),
            entry("GET /api/projects/{projectId}/roles", Rule.READ),
            entry("GET /api/projects/{projectId}/phases", Rule.READ),
            entry("GET /api/projects/{projectId}/engagements", Rule.READ),
            entry("GET /api/projects/{projectId}/timeline", Rule.READ),
            entry("GET /api/projects/{projectId}/typology", Rule.READ),
            entry("GET /api/projects/{projectId}/evaluation", Rule.READ),
            entry("GET /api/projects/{projectId}/events", Rule.READ),
            entry("GET /api/admin/projections", Rule.ADMIN),
            entry("GET /api/admin/projections/rebuild", Rule.ADMIN),
            entry("POST /api/admin/projections/rebuild", Rule.ADMIN),
            entry("GET /api/admin/users", Rule.ADMIN),
            entry("POST /api/admin/users", Rule.ADMIN),
            entry("PUT /api/admin/users/{username}/password", Rule.ADMIN),
            entry("PUT /api/admin/users/{username}/enabled", Rule.ADMIN),
            entry("PUT /api/admin/users/{username}/projects/{projectId}", Rule.ADMIN),
            entry("DELETE /api/admin/users/{username}/projects/{projectId}", Rule.ADMIN),
            entry("GET /api/admin/research-releases", Rule.ADMIN),
            entry("PUT /api/admin/projects/{projectId}/research-release", Rule.ADMIN),
            entry("DELETE /api/admin/projects/{projectId}/research-release", Rule.ADMIN),
            // Issue 14: personal API tokens, the caller's own and (administrator) any user's
            entry("GET /api/tokens", Rule.SIGNED_IN),
            entry("POST /api/tokens", Rule.SIGNED_IN),
            entry("DELETE /api/tokens/{tokenId}", Rule.OWN_TOKEN),
            entry("GET /api/admin/users/{username}/tokens", Rule.ADMIN),
            entry("POST /api/admin/users/{username}/tokens", Rule.ADMIN),
            entry("DELETE /api/admin/users/{username}/tokens/{tokenId}", Rule.ADMIN),
            entry("GET /konto", Rule.SIGNED_IN),
            entry("POST /konto/api-noegler", Rule.SIGNED_IN),
            entry("POST /konto/api-noegler/{tokenId}/tilbagekald", Rule.OWN_TOKEN),
            entry("POST /admin/brugere/{username}/api-noegler", Rule.ADMIN),
            entry("POST /admin/brugere/{username}/api-noegler/{tokenId}/tilbagekald", Rule.ADMIN),
            entry("GET /v3/api-docs", Rule.SIGNED_IN),
            entry("GET /v3/api-docs.yaml", Rule.SIGNED_IN),
            entry("GET /v3/api-docs/swagger-config", Rule.SIGNED_IN),
            entry("GET /swagger-ui.html", Rule.SIGNED_IN),
            // The pages
            entry("GET /login", Rule.PUBLIC),
            entry("GET /error", Rule.ERROR_PAGE),
            entry("GET /", Rule.SIGNED_IN),
            entry("GET /projekter", Rule.SIGNED_IN),
            entry("GET /projekter/ny", Rule.STARTS_PROJECTS),
            entry("POST /projekter/ny", Rule.STARTS_PROJECTS),
            entry("GET /projekter/{projectId}", Rule.READ),
            entry("GET /projekter/{projectId}/afklaring", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/afklaring", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/typologi", Rule.RECORD_TYPOLOGY),
            entry("POST /projekter/{projectId}/typologi", Rule.RECORD_TYPOLOGY),
            entry("GET /projekter/{projectId}/faseskift", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/faseskift", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/kursjustering", Rule.RECORD_CHEF),
            entry("POST /projekter/{projectId}/kursjustering", Rule.RECORD_CHEF),
            entry("GET /projekter/{projectId}/erkendelse", Rule.RECORD_CHEF),
            entry("POST /projekter/{projectId}/erkendelse", Rule.RECORD_CHEF),
            entry("GET /projekter/{projectId}/aktoerer/ny", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/aktoerer/ny", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/rolleskift", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/rolleskift", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/udtraeden", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/udtraeden", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/engagementer/ny", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/engagementer/ny", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/tilbagetraekning", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/tilbagetraekning", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/ny-rolle", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/ny-rolle", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/afslut-rolle", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/afslut-rolle", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/genindtraeden", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/genindtraeden", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/genaabning", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/genaabning", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/planlaegning", Rule.RECORD_LEADER),
            entry("POST /projekter/{projectId}/planlaegning", Rule.RECORD_LEADER),
            entry("GET /projekter/{projectId}/ledelseshandling", Rule.RECORD_CHEF),
            entry("POST /projekter/{projectId}/ledelseshandling", Rule.RECORD_CHEF),
            entry("GET /projekter/{projectId}/chefrefleksion", Rule.RECORD_CHEF),
            entry("POST /projekter/{projectId}/chefrefleksion", Rule.RECORD_CHEF),
            // Read pages of a project and the rebuild page, which the web journal's next pages add
            entry("GET /projekter/{projectId}/tidslinje", Rule.READ),
            entry("GET /projekter/{projectId}/genafspilning", Rule.READ),
            entry("GET /projekter/{projectId}/evaluering", Rule.READ),
            entry("GET /projekter/{projectId}/evaluering.md", Rule.READ),
            entry("GET /projekter/{projectId}/evaluering.pdf", Rule.READ),
            entry("GET /forskning/modelvalidering", Rule.RESEARCH),
            entry("POST /forskning/modelvalidering", Rule.RESEARCH),
            entry("GET /admin/genopbygning", Rule.ADMIN),
            entry("POST /admin/genopbygning", Rule.ADMIN),
            entry("GET /admin", Rule.ADMIN),
            entry("GET /admin/brugere", Rule.ADMIN),
            entry("POST /admin/brugere", Rule.ADMIN),
            entry("GET /admin/brugere/{username}", Rule.ADMIN),
            entry("POST /admin/brugere/{username}/adgangskode", Rule.ADMIN),
            entry("POST /admin/brugere/{username}/status", Rule.ADMIN),
            entry("POST /admin/brugere/{username}/projekter", Rule.ADMIN),
            entry("GET /admin/projekter", Rule.ADMIN),
            entry("POST /admin/projekter/{projectId}/forskning", Rule.ADMIN),
            entry("GET /admin/personoplysninger", Rule.ADMIN),
            entry("GET /admin/personoplysninger/{projectId}/{actorId}", Rule.ADMIN),
            entry("GET /admin/personoplysninger/{projectId}/{actorId}/sletning", Rule.ADMIN),
            entry("POST /admin/personoplysninger/{projectId}/{actorId}/sletning", Rule.ADMIN),
            entry("GET /admin/adgangslog", Rule.ADMIN),
            // Erasure, right of access, access log and the pseudonymised research views
            entry("DELETE /api/projects/{projectId}/actors/{actorId}/personal-data", Rule.ADMIN),
            entry("GET /api/admin/projects/{projectId}/actors", Rule.ADMIN),
            entry("GET /api/admin/actors/{actorId}/report", Rule.ADMIN),
            entry("GET /api/admin/access-log", Rule.ADMIN),
            entry("GET /api/admin/dead-letters", Rule.ADMIN),
            entry("POST /api/admin/dead-letters/retry", Rule.ADMIN),
            entry("GET /api/research/projects/{projectId}/events", Rule.READ),
            entry("GET /api/research/projects/{projectId}/timeline", Rule.READ),
            entry("GET /api/research/projects/{projectId}/roles", Rule.READ),
            entry("GET /api/research/projects/{projectId}/phases", Rule.READ),
            entry("GET /api/research/projects/{projectId}/engagements", Rule.READ),
            entry("GET /api/research/projects/{projectId}/typology", Rule.READ),
            // Actuator
            entry("GET /actuator", Rule.ADMIN),
            entry("GET /actuator/health", Rule.PUBLIC),
            entry("GET /actuator/health/**", Rule.PUBLIC),
            entry("GET /actuator/info", Rule.ADMIN),
            entry("GET /actuator/metrics", Rule.ADMIN),
            entry("GET /actuator/metrics/{requiredMetricName}", Rule.ADMIN));

    /** Starting a rebuild empties the projections for a moment, so it is called last. */
    private static final String REBUILD = "POST /api/admin/projections/rebuild";

    private static final String LEADER = "matrix-leder";
    private static final String CHEF = "matrix-chef";
    private static final String RESEARCHER = "matrix-forsker";
    private static final String SCRATCH_USER = "matrix-scratch";

    /** The actor registered in each test project. */
    private final Map<String, String> actors = new java.util.HashMap<>();

    @Autowired
    WebApplicationContext context;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    private String scratchToken;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionProcessors projections;

    record Route(String method, String pattern) {

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
        }
    }

    record Check(Route route, Caller caller, boolean own, Outcome expected, Outcome actual, int status) {}

    @Test
    void everyRouteAnswersEveryCallerAsItsRuleSays() throws Exception {
        List<Route> routes = routes();
        Set<String> withoutRule = new TreeSet<>();
        routes.forEach(route -> {
            if (!RULES.containsKey(route.key())) {
                withoutRule.add(route.key());
            }
        });
        assertThat(withoutRule)
                .as("routes without an explicit rule in AuthorizationMatrixIT.RULES")
                .isEmpty();

        String own = project("Eget projekt");
        String other = project("Andet projekt");
        String scratch = project("Kladde");
        accounts.createIfMissing(LEADER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
        accounts.createIfMissing(CHEF, UserRole.CHEF, TestUsers.PASSWORD);
        accounts.createIfMissing(RESEARCHER, UserRole.FORSKER, TestUsers.PASSWORD);
        accounts.createIfMissing(SCRATCH_USER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
        accounts.assign(LEADER, own);
        accounts.assign(CHEF, own);
        accounts.releaseForResearch(own);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + projections.progress())
                .isTrue();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<Check> checks = new ArrayList<>();
        for (Route route : routes) {
            for (boolean ownProject : new boolean[] {true, false}) {
                for (Caller caller : Caller.values()) {
                    String projectId = route.pattern().contains("admin") ? scratch : ownProject ? own : other;
                    MvcResult result =
                            mvc.perform(call(route, caller, projectId)).andReturn();
                    Outcome expected = expected(RULES.get(route.key()), caller, ownProject);
                    checks.add(new Check(
                            route,
                            caller,
                            ownProject,
                            expected,
                            outcome(route, result),
                            result.getResponse().getStatus()));
                }
            }
        }

        List<Check> unexpectedSuccesses = checks.stream()
                .filter(c -> c.expected() != Outcome.ALLOWED && c.actual() == Outcome.ALLOWED)
                .toList();
        List<Check> mismatches =
                checks.stream().filter(c -> c.expected() != c.actual()).toList();
        log.info(
                "Authorization matrix: {} routes x {} callers x 2 projects (own, other) = {} checks; "
                        + "{} unexpected successes, {} answers other than expected",
                routes.size(),
                Caller.values().length,
                checks.size(),
                unexpectedSuccesses.size(),
                mismatches.size());
        System.out.printf(
                "Authorization matrix: %d routes x %d callers x 2 projects = %d checks, "
                        + "%d unexpected successes, %d other mismatches%n",
                routes.size(),
                Caller.values().length,
                checks.size(),
                unexpectedSuccesses.size(),
                mismatches.size() - unexpectedSuccesses.size());
        assertThat(unexpectedSuccesses).as("unexpected successes").isEmpty();
        assertThat(mismatches).as("answers other than expected").isEmpty();
        assertThat(checks).hasSize(routes.size() * Caller.values().length * 2);
    }

    /**
     * Issue 14: a personal API token signs in as its owner, with the owner's role and projects: on every route of
     * the JSON API each caller with a token is answered as with the password, except the addresses that manage
     * tokens and passwords, which refuse a token (403). The OpenAPI document and the pages never take a token.
     */
    @Test
    void anApiTokenIsAnsweredAsItsOwnerOnEveryApiRoute() throws Exception {
        String own = project("Eget projekt (nøgle)");
        String other = project("Andet projekt (nøgle)");
        accounts.createIfMissing(LEADER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
        accounts.createIfMissing(CHEF, UserRole.CHEF, TestUsers.PASSWORD);
        accounts.createIfMissing(RESEARCHER, UserRole.FORSKER, TestUsers.PASSWORD);
        accounts.assign(LEADER, own);
        accounts.assign(CHEF, own);
        accounts.releaseForResearch(own);
        Map<Caller, String> bearer = new java.util.EnumMap<>(Caller.class);
        for (Caller caller : List.of(Caller.PROJEKTLEDER, Caller.CHEF, Caller.FORSKER, Caller.ADMIN)) {
            bearer.put(caller, tokens.create(username(caller), "matrix", 30).secret());
        }
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<String> mismatches = new ArrayList<>();
        int checks = 0;
        for (Route route : routes()) {
            if (route.key().equals(REBUILD)) {
                continue; // empties the projections for a moment; the test above covers its rule
            }
            for (boolean ownProject : new boolean[] {true, false}) {
                for (Map.Entry<Caller, String> caller : bearer.entrySet()) {
                    String projectId = route.pattern().contains("admin") ? other : ownProject ? own : other;
                    MockHttpServletRequestBuilder request = request(
                                    HttpMethod.valueOf(route.method()), path(route, projectId))
                            .header("Authorization", "Bearer " + caller.getValue());
                    if (!route.method().equals("GET")) {
                        request.contentType(
                                        route.api()
                                                ? MediaType.APPLICATION_JSON
                                                : MediaType.APPLICATION_FORM_URLENCODED)
                                .content(route.api() ? "{}" : "");
                    }
                    request.accept(route.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
                    MvcResult result = mvc.perform(request).andReturn();
                    Rule rule = RULES.get(route.key());
                    Outcome expected = !route.pattern().startsWith("/api/")
                            ? expected(rule, Caller.ANONYMOUS, ownProject)
                            : passwordOnly(route) ? Outcome.FORBIDDEN : expected(rule, caller.getKey(), ownProject);
                    Outcome actual = outcome(route, result);
                    checks++;
                    // A form without its session has no CSRF token either: refused 403 before the login is asked.
                    boolean refusedForm = !route.api() && !route.method().equals("GET") && actual == Outcome.FORBIDDEN;
                    if (actual != expected && !refusedForm && !(rule == Rule.PUBLIC || rule == Rule.ERROR_PAGE)) {
                        mismatches.add(route.key() + " with the token of " + caller.getKey()
                                + (ownProject ? " (own)" : " (other)") + ": expected " + expected + ", got "
                                + result.getResponse().getStatus());
                    }
                }
            }
        }
        System.out.printf("API token matrix: %d checks, %d answers other than expected%n", checks, mismatches.size());
        assertThat(checks).isGreaterThan(500);
        assertThat(mismatches).as("answers other than expected").isEmpty();
    }

    private static boolean passwordOnly(Route route) {
        return route.pattern().startsWith("/api/tokens")
                || route.pattern().endsWith("/tokens")
                || route.pattern().contains("/tokens/")
                || route.pattern().endsWith("/password");
    }

    @Test
    void anAddressWithoutARuleIsDeniedAsIfItDidNotExist() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        accounts.createIfMissing(LEADER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);

        MvcResult api = mvc.perform(call(new Route("GET", "/api/ingen-regel"), Caller.PROJEKTLEDER, null))
                .andReturn();
        MvcResult page = mvc.perform(call(new Route("GET", "/ingen-regel"), Caller.PROJEKTLEDER, null))
                .andReturn();
        MvcResult anonymous = mvc.perform(call(new Route("GET", "/api/ingen-regel"), Caller.ANONYMOUS, null))
                .andReturn();

        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    }

    /**
     * Review finding 4g: a browser session whose user has been disabled, given a new password or removed since it
     * signed in is answered like an anonymous caller on every route a session reaches (the pages and the OpenAPI
     * document), from its very next request on; a session signed in after the change works.
     */
    @Test
    void aSessionWhoseUserChangedSinceItSignedInIsAnsweredLikeAnonymousOnEveryRoute() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        String own = project("Spærret projekt");
        Map<String, UserDetails> signedIn = new java.util.LinkedHashMap<>();
        for (String name : List.of("matrix-spaerret", "matrix-ny-kode", "matrix-fjernet")) {
            accounts.createIfMissing(name, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
            accounts.assign(name, own);
            signedIn.put(name, users.loadUserByUsername(name));
        }
        assertThat(mvc.perform(request(HttpMethod.GET, "/")
                                .accept(MediaType.TEXT_HTML)
                                .with(user(signedIn.get("matrix-spaerret"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        accounts.setEnabled("matrix-spaerret", false);
        accounts.resetPassword("matrix-ny-kode", "en helt ny adgangskode");
        jdbc.update("DELETE FROM journal_user WHERE username = 'matrix-fjernet'");

        List<String> notLogin = new ArrayList<>();
        int checks = 0;
        for (Route route : routes()) {
            Rule rule = RULES.get(route.key());
            if (route.pattern().startsWith("/api/") || rule == Rule.PUBLIC || rule == Rule.ERROR_PAGE) {
                continue;
            }
            for (Map.Entry<String, UserDetails> user : signedIn.entrySet()) {
                MvcResult result =
                        mvc.perform(sessionCall(route, own, user.getValue())).andReturn();
                checks++;
                if (outcome(route, result) != Outcome.LOGIN) {
                    notLogin.add(route.key() + " as " + user.getKey() + ": "
                            + result.getResponse().getStatus());
                }
            }
        }
        assertThat(checks).isGreaterThan(100);
        assertThat(notLogin).as("answers other than the login").isEmpty();
        assertThat(mvc.perform(request(HttpMethod.GET, "/")
                                .accept(MediaType.TEXT_HTML)
                                .with(user(users.loadUserByUsername("matrix-ny-kode"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("signed in again after the new password")
                .isEqualTo(200);
    }

    /** A route called with a signed-in session's user (as the session holds it), with a CSRF token for a form. */
    private MockHttpServletRequestBuilder sessionCall(Route route, String projectId, UserDetails signedIn) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path(route, projectId));
        request.accept(route.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!route.method().equals("GET")) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
        }
        return request.with(user(signedIn));
    }

    static Outcome expected(Rule rule, Caller caller, boolean own) {
        if (caller == Caller.ANONYMOUS) {
            return rule == Rule.PUBLIC || rule == Rule.ERROR_PAGE ? Outcome.ALLOWED : Outcome.LOGIN;
        }
        return switch (rule) {
            case PUBLIC, ERROR_PAGE, SIGNED_IN -> Outcome.ALLOWED;
            case STARTS_PROJECTS ->
                caller == Caller.PROJEKTLEDER || caller == Caller.CHEF ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case ADMIN -> caller == Caller.ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case RESEARCH -> caller == Caller.ADMIN || caller == Caller.FORSKER ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case OWN_TOKEN -> Outcome.HIDDEN;
            case READ -> caller == Caller.ADMIN || own ? Outcome.ALLOWED : Outcome.HIDDEN;
            case RECORD_LEADER, RECORD_CHEF, RECORD_TYPOLOGY -> {
                boolean readable = caller == Caller.ADMIN || own;
                boolean records = caller == Caller.PROJEKTLEDER
                        || (caller == Caller.CHEF && rule != Rule.RECORD_LEADER)
                        || (caller == Caller.FORSKER && rule == Rule.RECORD_TYPOLOGY);
                yield !readable ? Outcome.HIDDEN : records ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            }
        };
    }

    private static Outcome outcome(Route route, MvcResult result) {
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return Outcome.LOGIN;
        }
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.HIDDEN;
        }
        boolean errorPage = RULES.get(route.key()) == Rule.ERROR_PAGE;
        if (status >= 500 && !errorPage) {
            throw new AssertionError(route.key() + " answered " + status + ": " + result.getResolvedException());
        }
        return Outcome.ALLOWED;
    }

    private String path(Route route, String projectId) {
        String path = route.pattern()
                .replace("{projectId}", projectId == null ? "" : projectId)
                .replace(
                        "{actorId}",
                        projectId == null
                                ? UUID.randomUUID().toString()
                                : actors.getOrDefault(
                                        projectId, UUID.randomUUID().toString()))
                .replace("{username}", SCRATCH_USER)
                .replace("{requiredMetricName}", "journal.view.cache")
                .replace("{tokenId}", route.pattern().contains("{tokenId}") ? scratchToken() : "")
                .replace("/**", "");
        assertThat(path).as("a value for every variable of " + route.key()).doesNotContain("{");
        return path;
    }

    private MockHttpServletRequestBuilder call(Route route, Caller caller, String projectId) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path(route, projectId));
        boolean writes = !route.method().equals("GET");
        if (route.api()) {
            request.accept(MediaType.APPLICATION_JSON);
            if (writes) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            if (caller != Caller.ANONYMOUS) {
                request.with(httpBasic(username(caller), password(caller)));
            }
        } else {
            request.accept(MediaType.TEXT_HTML);
            if (writes) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
            }
            if (caller != Caller.ANONYMOUS) {
                request.with(user(users.loadUserByUsername(username(caller))));
            }
        }
        return request;
    }

    private static String username(Caller caller) {
        return switch (caller) {
            case PROJEKTLEDER -> LEADER;
            case CHEF -> CHEF;
            case FORSKER -> RESEARCHER;
            case ADMIN -> TestUsers.ADMIN;
            case ANONYMOUS -> throw new IllegalArgumentException("anonymous");
        };
    }

    private static String password(Caller caller) {
        return caller == Caller.ADMIN ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD;
    }

    /** A token of the scratch user, made once: the token the routes naming a token id name. */
    private String scratchToken() {
        if (scratchToken == null) {
            accounts.createIfMissing(SCRATCH_USER, UserRole.PROJEKTLEDER, TestUsers.PASSWORD);
            scratchToken = tokens.create(SCRATCH_USER, "matrix", 30).token().id();
        }
        return scratchToken;
    }

    /** Every route of every request-mapping handler mapping, the rebuild last. */
    private List<Route> routes() {
        Set<Route> routes = new LinkedHashSet<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add(new Route("GET", pattern));
                    }
                    methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
                }
            }
        }
        return routes.stream()
                .sorted(Comparator.comparing((Route r) -> r.key().equals(REBUILD))
                        .thenComparing(Route::key))
                .toList();
    }

    /** A project with one actor, so that routes naming an actor find a real one (and are not simply 404). */
    private String project(String name) {
        String projectId = UUID.randomUUID().toString();
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                name,
                "Lejre",
                Area.KULTUR_OG_FRITID,
                "Et formål",
                LocalDate.of(2020, 1, 1)));
        String actorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                actorId,
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                LocalDate.of(2020, 1, 2),
                new ActorPersonalData("Matrix M.", null, null)));
        actors.put(projectId, actorId);
        return projectId;
    }
}
