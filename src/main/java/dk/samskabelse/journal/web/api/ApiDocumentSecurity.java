package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.security.PasswordOnlyAddresses;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How the OpenAPI document says a call signs in, as security/SecurityConfig decides it: HTTP Basic or a personal
 * API token on every call, except where tokens and passwords are managed (password only, PasswordOnlyAddresses);
 * a read may instead carry the session cookie of a browser signed in to the journal's pages.
 */
@Component
class ApiDocumentSecurity implements OpenApiCustomizer {

    static final String PASSWORD = "password";
    static final String TOKEN = "apiToken";
    static final String SESSION = "session";

    private static final List<PathPattern> PASSWORD_ONLY = PasswordOnlyAddresses.PATTERNS.stream()
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents()
                .addSecuritySchemes(
                        PASSWORD,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("User name and password (HTTP Basic)"))
                .addSecuritySchemes(
                        TOKEN,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("sj_<id>_<secret>")
                                .description(
                                        "A personal API token (POST /api/tokens or the page /konto); refused (403) "
                                                + "where tokens and passwords are managed"))
                .addSecuritySchemes(
                        SESSION,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE)
                                .name("JSESSIONID")
                                .description("The session of a browser signed in to the journal's pages; reads only"));
        api.setSecurity(List.of(requirement(PASSWORD), requirement(TOKEN)));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
                    boolean passwordOnly = isPasswordOnly(path);
                    if (read || passwordOnly) {
                        List<SecurityRequirement> ways = new ArrayList<>(List.of(requirement(PASSWORD)));
                        if (!passwordOnly) {
                            ways.add(requirement(TOKEN));
                        }
                        if (read) {
                            ways.add(requirement(SESSION));
                        }
                        operation.setSecurity(ways);
                    }
                }));
    }

    private static boolean isPasswordOnly(String path) {
        PathContainer address = PathContainer.parsePath(path);
        return PASSWORD_ONLY.stream().anyMatch(pattern -> pattern.matches(address));
    }

    private static SecurityRequirement requirement(String scheme) {
        return new SecurityRequirement().addList(scheme);
    }
}
