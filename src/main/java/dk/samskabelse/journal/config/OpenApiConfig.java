package dk.samskabelse.journal.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
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
                        + "ASCII values of DOMAIN.md; dates are ISO 8601; errors are RFC 7807 problem JSON."));
    }
}
