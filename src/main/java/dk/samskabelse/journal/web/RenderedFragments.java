package dk.samskabelse.journal.web;

import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ViewCache;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The heavy part of a project's page (the SVG charts and the tables of a 1,000-entry history: 1–1.5 MB of HTML)
 * rendered once per project version and kept in the view cache (issue 14, point 3: "the SVG charts"), the page
 * around it (header, signed-in user, forms with their CSRF token) rendered per request as before. Bench W5 found
 * Thymeleaf's rendering of these parts to be most of a page's time (bench/results/20261206T023246Z.md).
 * <p>
 * What is rendered here must depend on nothing but the project's rows and the parameters of its key (the
 * viewer's language is added to it): never on the signed-in user, the session or a CSRF token. Time travel and
 * pseudonymised data are not kept (ViewCache) and are rendered on every request.
 */
@Component
public class RenderedFragments {

    private final ITemplateEngine engine;
    private final ViewCache cache;
    private final ApplicationContext context;

    RenderedFragments(ITemplateEngine engine, ViewCache cache, ApplicationContext context) {
        this.engine = engine;
        this.cache = cache;
        this.context = context;
    }

    /**
     * The template rendered with the variables, or the HTML kept for this project version, view and parameters.
     * variables are computed only when the HTML is not kept.
     */
    public String html(
            ProjectData data,
            String view,
            List<?> parameters,
            String template,
            Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] key = parameters.toArray(new Object[parameters.size() + 1]);
        key[parameters.size()] = locale;
        return cache.view(
                data,
                "html:" + view,
                Arrays.asList(key),
                () -> render(template, locale, variables.get()),
                html -> html.length() / 1000);
    }

    private String render(String template, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        // A web context, so that links (@{...}) get the context path as on the page around it.
        WebContext web = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locale,
                variables);
        web.setVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return engine.process(template, web);
    }
}
