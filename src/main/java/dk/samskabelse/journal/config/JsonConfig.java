package dk.samskabelse.journal.config;

import dk.samskabelse.journal.support.JournalJson;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot's ObjectMapper (API answers and requests, exports) built with the journal's one JSON configuration
 * (support/JournalJson); application.yml's spring.jackson.* add the API's strict reading and leave nulls out.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer journalJson() {
        return JournalJson::configure;
    }
}
