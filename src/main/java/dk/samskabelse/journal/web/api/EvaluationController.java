package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.evaluation.EvaluationReport;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import dk.samskabelse.journal.web.evaluation.EvaluationReports;
import dk.samskabelse.journal.web.evaluation.ReferenceDate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Erkendelse evaluation as JSON, as the page shows it to the same reader (a researcher's actors by their
 * research pseudonyms): who may read it is decided in security/SecurityConfig, as for the page.
 */
@RestController
@Tag(name = "Project views", description = "Timelines of one project, at any point in time")
class EvaluationController {

    private static final String AS_OF = "asOf";

    private final EvaluationReports reports;
    private final ReadLog readLog;

    EvaluationController(EvaluationReports reports, ReadLog readLog) {
        this.reports = reports;
        this.readLog = readLog;
    }

    @GetMapping("/api/projects/{projectId}/evaluation")
    @Operation(
            summary = "The Erkendelse evaluation: statements per focus point with the entries they rest on, as of "
                    + "the closing date of a closed project, else as of asOf (default today)")
    EvaluationResponses.Evaluation evaluation(
            @PathVariable String projectId,
            @Parameter(
                            description = "reference date of an open project, YYYY-MM-DD, from its start to today; "
                                    + "ignored for a closed project",
                            schema = @Schema(type = "string", format = "date"))
                    @RequestParam(name = AS_OF, required = false)
                    String asOf) {
        String id = PathIds.project(projectId);
        LocalDate chosen = date(asOf);
        EvaluationReports.Evaluation evaluation;
        try {
            evaluation = reports.evaluate(id, chosen);
        } catch (ProjectNotFoundException e) {
            throw new UnknownResourceException(UnknownResourceException.What.PROJECT);
        } catch (EvaluationReports.DateOutOfRangeException e) {
            throw new InvalidParameterException(AS_OF, "problem.evaluation.asOf.range");
        }
        readLog.evaluation(id, evaluation.reference().date());
        return response(evaluation, LocaleContextHolder.getLocale());
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(AS_OF, "problem.field.date");
        }
    }

    private EvaluationResponses.Evaluation response(EvaluationReports.Evaluation evaluation, Locale locale) {
        EvaluationReport report = evaluation.report();
        ReferenceDate reference = evaluation.reference();
        return new EvaluationResponses.Evaluation(
                report.projectId(),
                report.projectName(),
                report.municipality(),
                reference.date(),
                reference.basis(),
                reference.lastEntryOn(),
                reference.lastEntryAgeDays(),
                report.model(),
                report.modelVersion(),
                report.sections().stream()
                        .map(section -> new EvaluationResponses.Section(
                                section.focus(),
                                section.groups().stream()
                                        .map(group -> new EvaluationResponses.Group(
                                                group.key(),
                                                group.anchor(),
                                                group.statements().stream()
                                                        .map(statement -> new EvaluationResponses.Statement(
                                                                statement.key(),
                                                                reports.sentence(statement, locale),
                                                                statement.noEvidence(),
                                                                statement.entryIds()))
                                                        .toList()))
                                        .toList()))
                        .toList(),
                report.entries().values().stream()
                        .map(e -> new EvaluationResponses.CitedEntry(e.entryId(), e.type(), e.effectiveOn()))
                        .toList());
    }
}
