package dk.samskabelse.journal.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title page; how to sign in and the problem answers are added in web/api. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI journalOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Samskabelsesjournal API")
                                .version("1")
                                .description(
                                        "Event-sourced journal for municipal co-creation projects. Enumerations use the "
                                                + "ASCII values of docs/domain.md; dates are ISO 8601; errors are RFC 7807 problem JSON."));
    }
}
