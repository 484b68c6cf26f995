package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.RenderedFragments;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Erkendelse evaluation of a project (seed 002, phase 3) as a printable page, a PDF of that page and a
 * Markdown file; all render the same report, built from the journal's evidence under the active typology model as
 * of the report's reference date (dato: the reader's choice for an open project; see {@link ReferenceDate}).
 */
@PageController
class EvaluationPageController {

    private final EvaluationReports reports;
    private final MessageSource messages;
    private final AccessLog accessLog;
    private final DemoProvenance demo;
    private final RenderedFragments fragments;
    private final PdfReport pdf;

    EvaluationPageController(
            EvaluationReports reports,
            MessageSource messages,
            AccessLog accessLog,
            DemoProvenance demo,
            RenderedFragments fragments,
            PdfReport pdf) {
        this.reports = reports;
        this.messages = messages;
        this.accessLog = accessLog;
        this.demo = demo;
        this.fragments = fragments;
        this.pdf = pdf;
    }

    @GetMapping("/projekter/{projectId}/evaluering")
    String page(
            @PathVariable String projectId, @RequestParam(name = DATE, required = false) String rawDate, Model model) {
        ReferenceDate reference = prepare(projectId, rawDate, model);
        accessLog.record(AccessKind.EVALUATION, projectId, "page " + reference.date());
        return "evaluation/evaluation";
    }

    /** The print view as a PDF: the page's own template, rendered and converted (issue 15, item 6). */
    @GetMapping("/projekter/{projectId}/evaluering.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable String projectId,
            @RequestParam(name = DATE, required = false) String rawDate,
            Model model,
            HttpServletRequest request) {
        ReferenceDate reference = prepare(projectId, rawDate, model);
        byte[] document = pdf.render("evaluation/evaluation", model.asMap(), request);
        accessLog.record(AccessKind.EVALUATION, projectId, "pdf " + reference.date());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("evaluering-" + projectId + ".pdf"))
                .body(document);
    }

    @GetMapping(path = "/projekter/{projectId}/evaluering.md")
    ResponseEntity<String> markdown(
            @PathVariable String projectId, @RequestParam(name = DATE, required = false) String rawDate) {
        Locale locale = LocaleContextHolder.getLocale();
        Chosen chosen = Chosen.of(rawDate);
        EvaluationReports.Evaluation evaluation =
                evaluateOrToday(projectId, chosen.date()).evaluation();
        RenderedReport report = reports.rendered(evaluation, locale);
        // Issue 13: a demo's report says so in the file itself, wherever the download ends up.
        String demoNotice = demo.project(projectId)
                .map(project -> messages.getMessage("demo.report.notice", new Object[] {project.seedFile()}, locale))
                .orElse(null);
        String markdown = MarkdownReport.write(
                report,
                messages.getMessage("evaluation.evidence", null, locale),
                messages.getMessage("evaluation.noEvidence", null, locale),
                demoNotice);
        accessLog.record(
                AccessKind.EVALUATION,
                projectId,
                "markdown " + evaluation.reference().date());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("evaluering-" + projectId + ".md"))
                .body(markdown);
    }

    static final String DATE = "dato";

    /** The page's model: the rendered report, its reference date and what was wrong with a chosen date. */
    private ReferenceDate prepare(String projectId, String rawDate, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Chosen chosen = Chosen.of(rawDate);
        Attempt attempt = evaluateOrToday(projectId, chosen.date());
        EvaluationReports.Evaluation evaluation = attempt.evaluation();
        RenderedReport report = reports.rendered(evaluation, locale);
        model.addAttribute("report", report);
        model.addAttribute("reference", evaluation.reference());
        model.addAttribute("dateValue", rawDate == null ? "" : rawDate.strip());
        model.addAttribute(
                "dateParameter",
                evaluation.reference().basis() == ReferenceDate.Basis.CHOSEN
                        ? evaluation.reference().date().toString()
                        : "");
        String error = chosen.problem() != null
                ? messages.getMessage(chosen.problem(), new Object[] {rawDate.strip()}, locale)
                : attempt.problem() == null
                        ? null
                        : messages.getMessage(
                                attempt.problem().messageKey(),
                                attempt.problem().arguments().toArray(),
                                locale);
        model.addAttribute("dateError", error);
        // The table of contents and the six focus points, rendered once per report (issue 14): a 1,000-entry
        // history's report is a megabyte of HTML.
        model.addAttribute(
                "renderedContent",
                fragments.html(
                        evaluation.data(),
                        "evaluation-page",
                        evaluation.key(),
                        "evaluation/evaluation-content",
                        () -> Map.of("report", report)));
        return evaluation.reference();
    }

    /** The evaluation as of the chosen date, or as of today (with the reason) when that date cannot be used. */
    private Attempt evaluateOrToday(String projectId, LocalDate chosen) {
        try {
            return new Attempt(reports.evaluate(projectId, chosen), null);
        } catch (EvaluationReports.DateOutOfRangeException e) {
            return new Attempt(reports.evaluate(projectId, null), e);
        }
    }

    private record Attempt(
            EvaluationReports.Evaluation evaluation, EvaluationReports.DateOutOfRangeException problem) {}

    /** The reader's date as typed: ISO (what a date input sends) or empty; problem names an unreadable one. */
    private record Chosen(LocalDate date, String problem) {

        static Chosen of(String raw) {
            if (raw == null || raw.isBlank()) {
                return new Chosen(null, null);
            }
            try {
                return new Chosen(LocalDate.parse(raw.strip()), null);
            } catch (DateTimeParseException e) {
                return new Chosen(null, "evaluation.date.invalid");
            }
        }
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
