package dk.samskabelse.journal.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page's text for answers made outside the controllers (DatabaseUnavailableFilter): a 503 says that
 * the database cannot be reached and to try again, instead of the general "unexpected error".
 */
@Component
class JournalErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (Integer.valueOf(503).equals(attributes.get("status"))) {
            attributes.put("messageKey", "error.unavailable");
        }
        return attributes;
    }
}
