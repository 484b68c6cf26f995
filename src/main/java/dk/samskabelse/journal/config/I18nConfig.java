package dk.samskabelse.journal.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Danish is the journal's language; English is the second. Every text lives in messages_da/messages_en.
 * A person picks the language with ?lang=da|en on any page, remembered in a cookie; without that choice the
 * Accept-Language header decides (the JSON API relies on it), and Danish when it names neither.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfig implements WebMvcConfigurer {

    static final Locale DANISH = Locale.forLanguageTag("da");
    static final List<Locale> SUPPORTED = List.of(DANISH, Locale.ENGLISH);
    static final String COOKIE = "journal-sprog";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(DANISH);
        return source;
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();
        acceptHeader.setSupportedLocales(SUPPORTED);
        acceptHeader.setDefaultLocale(DANISH);
        CookieLocaleResolver resolver = new SupportedOnlyCookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(acceptHeader::resolveLocale);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }

    /** A cookie may only hold one of the journal's languages; anything else falls back to the default. */
    private static final class SupportedOnlyCookieLocaleResolver extends CookieLocaleResolver {

        SupportedOnlyCookieLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocaleContext(
                HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
            Locale supported = supported(localeContext == null ? null : localeContext.getLocale());
            super.setLocaleContext(request, response, supported == null ? null : new SimpleLocaleContext(supported));
        }

        @Override
        protected Locale parseLocaleValue(String localeValue) {
            return supported(super.parseLocaleValue(localeValue));
        }

        private static Locale supported(Locale wanted) {
            return wanted == null
                    ? null
                    : SUPPORTED.stream()
                            .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                            .findFirst()
                            .orElse(null);
        }
    }
}
