package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.CommandOutcome;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.web.KeyedIds;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.UnaryOperator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends a form's command to the journal. A refusal becomes an error on the form field it concerns, in the
 * user's language, with enumeration values shown by their labels. After an entry is written the page waits
 * briefly for the read side, so that the journal page the user is sent to already shows the new entry.
 */
@Component
class JournalWriter {

    private static final String ALREADY_RECORDED = JournalWriter.class.getName() + ".alreadyRecorded";

    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);
    private static final Duration READ_SIDE_WAIT = Duration.ofSeconds(3);

    private final CommandGateway commands;
    private final ProjectionProcessors projections;
    private final MessageSource messages;
    private final KeyedIds keyedIds;
    private final CurrentUser currentUser;

    JournalWriter(
            CommandGateway commands,
            ProjectionProcessors projections,
            MessageSource messages,
            KeyedIds keyedIds,
            CurrentUser currentUser) {
        this.commands = commands;
        this.projections = projections;
        this.messages = messages;
        this.keyedIds = keyedIds;
        this.currentUser = currentUser;
    }

    /**
     * The entry id a form records in a project: derived from the nonce the form was issued with (its hidden
     * field) and the project, never the field itself, so an edited field can only ever name an entry of this
     * project, and the same form sent twice still names one entry.
     */
    String entryId(String projectId, JournalForm form) {
        return keyedIds.entryId(projectId, form.getEntryId());
    }

    /**
     * The id of the actor a registration form creates: derived from the same nonce and the project, so the same
     * form sent twice names the same actor and is acknowledged as the one registration it is.
     */
    String actorId(String projectId, JournalForm form) {
        return keyedIds.actorId(projectId, form.getEntryId());
    }

    /** The id of the project a start form creates: derived from its nonce and the signed-in user. */
    String projectId(StartProjectForm form) {
        return keyedIds.projectId(currentUser.name(), form.getProjectId());
    }

    /** True when the journal took the entry (or already held it); false when the form now carries the refusal. */
    boolean record(Object command, BindingResult form) {
        return record(command, form, UnaryOperator.identity());
    }

    /** fields: maps a field name of the command to the form's, where the two differ. */
    boolean record(Object command, BindingResult form, UnaryOperator<String> fields) {
        try {
            if (commands.sendAndWait(command) == CommandOutcome.ALREADY_RECORDED) {
                markAlreadyRecorded();
            }
        } catch (JournalRejection rejection) {
            addRejection(form, rejection, fields);
            return false;
        } catch (ConcurrencyException conflict) {
            log.info("Write conflict on a form: {}", conflict.getMessage());
            form.reject("problem.conflict");
            return false;
        }
        awaitReadSide();
        return true;
    }

    /** A refusal decided before any command was sent (a rule of the web layer), shown like the journal's own. */
    void reject(BindingResult form, JournalRejection rejection) {
        addRejection(form, rejection, UnaryOperator.identity());
    }

    void awaitReadSide() {
        if (!projections.awaitCaughtUp(READ_SIDE_WAIT)) {
            log.warn(
                    "The read side did not catch up within {}; the page may not show the new entry yet",
                    READ_SIDE_WAIT);
        }
    }

    /** The form was sent before and the journal holds its entry: the confirmation says nothing new was saved. */
    void markAlreadyRecorded() {
        RequestContextHolder.currentRequestAttributes()
                .setAttribute(ALREADY_RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }

    /**
     * Post/Redirect/Get: back to the project's journal with a confirmation naming the entry, or, for a form sent
     * twice, that it was saved already and nothing new was stored (issue 18, item 12).
     */
    String toJournal(String projectId, String entryTypeKey, RedirectAttributes redirect) {
        String entry = messages.getMessage(entryTypeKey, null, LocaleContextHolder.getLocale());
        boolean repeated = Boolean.TRUE.equals(RequestContextHolder.currentRequestAttributes()
                .getAttribute(ALREADY_RECORDED, RequestAttributes.SCOPE_REQUEST));
        redirect.addFlashAttribute(
                "confirmation",
                messages.getMessage(
                        repeated ? "confirmation.alreadyRecorded" : "confirmation.recorded",
                        new Object[] {entry},
                        LocaleContextHolder.getLocale()));
        return "redirect:/projekter/" + projectId;
    }

    private void addRejection(BindingResult form, JournalRejection rejection, UnaryOperator<String> fields) {
        String code = "rejection." + rejection.reason().name();
        Object[] arguments = rejection.arguments().stream().map(this::displayed).toArray();
        if (rejection.reason() == RejectionReason.CONTRADICTS_LATER_ENTRY
                && arguments.length > 2
                && arguments[2] instanceof String type) {
            // The later entry's kind (its event type) by its name in the user's language.
            arguments[2] = new DefaultMessageSourceResolvable(new String[] {"entry.type." + type}, type);
        }
        String field = rejection.field() == null ? null : fields.apply(rejection.field());
        if (field != null && field.contains("[") && !isFormField(form, field)) {
            // "participants[2].actorId" of the command: the error belongs to the form's list as a whole.
            field = field.substring(0, field.indexOf('['));
        }
        if (field != null && isFormField(form, field)) {
            form.rejectValue(field, code, arguments, rejection.getMessage());
        } else {
            form.reject(code, arguments, rejection.getMessage());
        }
    }

    private static boolean isFormField(BindingResult form, String field) {
        Object target = form.getTarget();
        return target != null && new BeanWrapperImpl(target).isReadableProperty(field);
    }

    /** Enumeration values by their label, dates as the user's language writes them. */
    private Object displayed(Object argument) {
        if (argument instanceof Enum<?> value) {
            return new DefaultMessageSourceResolvable(new String[] {Labels.key(value)}, value.name());
        }
        if (argument instanceof LocalDate date) {
            String pattern = messages.getMessage("format.date", null, LocaleContextHolder.getLocale());
            return date.format(DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()));
        }
        return argument;
    }
}
