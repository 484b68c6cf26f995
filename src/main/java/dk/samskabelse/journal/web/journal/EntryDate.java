package dk.samskabelse.journal.web.journal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A date in a form: shown and sent as ISO (what an input of type date uses), and also read as a Danish
 * writer types it when the browser offers a plain text field (15-03-2024, 15.03.2024, 15/3/2024). The journal's
 * date rules are checked with the form's other fields (EntryDateRules): not after today, and, within a project,
 * not before its start.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@DateTimeFormat(
        iso = DateTimeFormat.ISO.DATE,
        fallbackPatterns = {"d-M-yyyy", "d.M.yyyy", "d/M/yyyy"})
@interface EntryDate {

    /** False for the date that starts the project: there is no start to be before yet. */
    boolean withinProject() default true;
}
