package dk.samskabelse.journal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The journal's own static files under /css/ and /js/ (spring.web.resources.add-mappings is off: see
 * application.yml), so that no other link on a page is looked up as a file.
 * <p>
 * Pages are never cached: each form carries a fresh entry id, and a page brought back with the browser's
 * back button must be fetched again, or its old entry id would make a new entry count as already recorded.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfig implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                        return true;
                    }
                })
                .excludePathPatterns("/api/**", "/css/**", "/js/**", "/v3/**", "/swagger-ui/**", "/actuator/**");
    }
}
