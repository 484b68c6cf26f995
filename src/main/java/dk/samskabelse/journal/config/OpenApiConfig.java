package dk.samskabelse.journal.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI journalOpenApi() {
        return new OpenAPI().info(new Info()
                        .title("Samskabelsesjournal API")
                        .version("1")
                        .description("Event-sourced journal for municipal co-creation projects. Enumerations use the "
                                + "ASCII values of DOMAIN.md; dates are ISO 8601; errors are RFC 7807 problem JSON."))
                // Either scheme signs a call in; tokens (issue 14) are for scripts and are refused where tokens and
                // passwords are managed (/api/tokens, /api/admin/users/{username}/tokens and …/password).
                .components(new Components()
                        .addSecuritySchemes("password", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("User name and password (HTTP Basic)"))
                        .addSecuritySchemes("apiToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("sj_<id>_<secret>")
                                .description("A personal API token (POST /api/tokens or the page /konto)")))
                .addSecurityItem(new SecurityRequirement().addList("password"))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
