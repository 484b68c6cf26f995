package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.project.TimeTravel;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler's {@link TimeTravel} parameter: filled from asOf / knownAt by {@link TimeTravelParameters}, and
 * documented in the OpenAPI document as those two query parameters (not as an object).
 */
@Configuration(proxyBeanMethods = false)
class TimeTravelConfig implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TimeTravel.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TimeTravelParameters());
    }

    @Bean
    OperationCustomizer timeTravelParametersDocumented() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == TimeTravel.class)) {
                operation.addParametersItem(new QueryParameter()
                        .name(TimeTravelParameters.AS_OF)
                        .required(false)
                        .description("effective date, YYYY-MM-DD")
                        .schema(new DateSchema()));
                operation.addParametersItem(new QueryParameter()
                        .name(TimeTravelParameters.KNOWN_AT)
                        .required(false)
                        .description("recorded time, ISO 8601")
                        .schema(new DateTimeSchema()));
            }
            return operation;
        };
    }
}
