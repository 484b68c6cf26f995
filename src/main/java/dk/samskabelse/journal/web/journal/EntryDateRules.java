package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.EntryDates;
import dk.samskabelse.journal.api.JournalRejection;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The journal's date rules (api/EntryDates) asked of a form's {@link EntryDate} fields together with its other
 * fields, so that "the date lies in the future" or "before the project's start" comes in the same round as "the
 * name is missing" (issue 18, item 8; the review found them a submit apart). The aggregate still decides: this
 * only says early what it would say.
 */
@Component
class EntryDateRules {

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;

    EntryDateRules(ProjectPages pages, JournalWriter writer, Clock clock) {
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    /** The rules for a form of this project (null: a form outside a project, the new project's). */
    Validator forProject(String projectId) {
        return new Validator() {
            // Added before the form object exists (Spring constructs it after the binder's set-up), so it
            // accepts any target and checks only journal forms.
            @Override
            public boolean supports(Class<?> type) {
                return true;
            }

            @Override
            public void validate(Object target, Errors errors) {
                if (target instanceof JournalForm && errors instanceof BindingResult result) {
                    check(target, result, projectId);
                }
            }
        };
    }

    private void check(Object form, BindingResult result, String projectId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate startedOn = null;
        BeanWrapperImpl fields = new BeanWrapperImpl(form);
        for (Field field : dateFields(form.getClass())) {
            String name = field.getName();
            if (result.hasFieldErrors(name) || !(fields.getPropertyValue(name) instanceof LocalDate date)) {
                continue;
            }
            try {
                EntryDates.notInFuture(date, name, today);
                if (field.getAnnotation(EntryDate.class).withinProject() && projectId != null) {
                    startedOn = startedOn != null
                            ? startedOn
                            : pages.load(projectId).startedOn();
                    EntryDates.notBeforeStart(date, startedOn, name);
                }
            } catch (JournalRejection rejection) {
                writer.reject(result, rejection);
            }
        }
    }

    private static List<Field> dateFields(Class<?> type) {
        List<Field> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(EntryDate.class)) {
                    found.add(field);
                }
            }
        }
        return found;
    }
}
