package dk.samskabelse.journal.web.evaluation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page's print view as a PDF (issue 15, item 6): the page's own Thymeleaf view is rendered as for the browser,
 * read into a well-formed document (jsoup) and laid out by openhtmltopdf under the print stylesheet, so the PDF
 * says what the printed page says. The journal's stylesheet is read from the application's own resources.
 */
@Component
class PdfReport {

    private static final String STATIC = "static";

    private final ThymeleafViewResolver views;

    PdfReport(ThymeleafViewResolver views) {
        this.views = views;
    }

    byte[] render(String viewName, Map<String, Object> model, HttpServletRequest request) {
        String html = html(viewName, model, request);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
            builder.useUriResolver(PdfReport::resolve);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), base());
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private String html(String viewName, Map<String, Object> model, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            View view = views.resolveViewName(viewName, locale);
            if (view == null) {
                throw new IllegalStateException("No view " + viewName);
            }
            HttpServletResponse response =
                    ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
            Captured captured = new Captured(response);
            view.render(new HashMap<>(model), request, captured);
            return captured.text();
        } catch (Exception e) {
            throw new IllegalStateException("The print view could not be rendered", e);
        }
    }

    /** The page's own addresses (/css/journal.css) are files under static/ on the class path. */
    private static String resolve(String baseUri, String uri) {
        if (uri.startsWith("/") && !uri.startsWith("//")) {
            URL resource = PdfReport.class.getClassLoader().getResource(STATIC + uri);
            return resource == null ? null : resource.toExternalForm();
        }
        return null;
    }

    private static String base() {
        URL root = PdfReport.class.getClassLoader().getResource(STATIC + "/");
        return root == null ? "" : root.toExternalForm();
    }

    /** The rendered page kept as text instead of being sent. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // The PDF's own content type is set by the controller.
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // As above.
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
