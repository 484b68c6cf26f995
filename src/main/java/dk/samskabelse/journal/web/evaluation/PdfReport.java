package dk.samskabelse.journal.web.evaluation;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    static {
        // openhtmltopdf logs through its own java.util.logging handler and names every CSS property it does not
        // know (flex, gap, custom properties) at WARNING on each download: only its errors are kept.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.SEVERE));
    }

    private final ThymeleafViewResolver views;

    PdfReport(ThymeleafViewResolver views) {
        this.views = views;
    }

    byte[] render(String viewName, Map<String, Object> model, HttpServletRequest request) {
        String html = html(viewName, model, request);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(printable(Jsoup.parse(html))), "");
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

    /**
     * The page's own stylesheets (/css/journal.css) inlined from static/ on the class path, so nothing is fetched;
     * download links lose their attribute (the PDF would try to embed what they name).
     */
    private static Document printable(Document page) throws IOException {
        for (Element link : page.select("link[rel=stylesheet][href^=/]")) {
            String path = STATIC + link.attr("href").replaceFirst("[?#].*$", "");
            try (InputStream css = PdfReport.class.getClassLoader().getResourceAsStream(path)) {
                if (css != null) {
                    link.after(new Element("style").text(new String(css.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            link.remove();
        }
        page.select("a[download]").removeAttr("download");
        page.select("script").remove();
        return page;
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
