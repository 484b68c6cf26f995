package dk.samskabelse.journal.web;

import dk.samskabelse.journal.query.typology.UnusableModelException;
import dk.samskabelse.journal.support.DatabaseFailures;
import dk.samskabelse.journal.support.DatabaseProbe;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the web journal shares: the model the layout needs (the page's own address for the
 * language switch) and HTML error pages. It outranks the JSON API's global problem handler,
 * so a failing page shows the journal's error page in the user's language, never problem JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final DatabaseProbe database;

    PageAdvice(DatabaseProbe database) {
        this.database = database;
    }

    /**
     * The most rows a form list may have (an engagement's participants: @Size(max = 500) on EngagementForm). A
     * sent index beyond it (participants[99999].actorId) is refused while binding (InvalidPropertyException)
     * instead of growing the list that far; Spring's default limit (256) would be below the form's own.
     */
    static final int MAX_FORM_ROWS = 500;

    @InitBinder
    void limitFormLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_FORM_ROWS);
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        model.addAttribute(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @ExceptionHandler({ProjectNotFoundException.class, AggregateNotFoundException.class})
    ModelAndView unknownProject() {
        return errorPage(HttpStatus.NOT_FOUND, "error.project.unknown");
    }

    @ExceptionHandler(ActorNotFoundException.class)
    ModelAndView unknownActor() {
        return errorPage(HttpStatus.NOT_FOUND, "error.actor.unknown");
    }

    /** A form or link without a value the page needs, or with one of the wrong kind. */
    @ExceptionHandler({ServletRequestBindingException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView badRequest() {
        return errorPage(HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    /** A form field naming a list row out of range, or a property the form does not have. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView badFormField(InvalidPropertyException ex, HttpServletRequest request) {
        log.info(
                "Form field refused on page {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                ex.getPropertyName());
        return errorPage(HttpStatus.BAD_REQUEST, "error.form.field");
    }

    /** A model file of projections/ that cannot be used: the page names the file, never its content. */
    @ExceptionHandler(UnusableModelException.class)
    ModelAndView unusableModel(UnusableModelException ex) {
        ModelAndView page = errorPage(HttpStatus.BAD_REQUEST, "error.model.unusable");
        page.addObject("messageArgument", ex.fileName());
        return page;
    }

    @ExceptionHandler(PageNotFoundException.class)
    ModelAndView unknownPage() {
        return errorPage(HttpStatus.NOT_FOUND, "error.notFound.text");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseFailures.isTransient(ex) || !database.answers()) {
            log.warn("Database unavailable, page {} answered 503: {}", request.getRequestURI(), ex.toString());
            return errorPage(HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
        }
        log.error("Unexpected error on page {} {}", request.getMethod(), request.getRequestURI(), ex);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    private static ModelAndView errorPage(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }
}
