package dk.samskabelse.journal.api;

import java.util.List;
import org.axonframework.common.AxonNonTransientException;

/**
 * A command the journal refuses, with a reason code, the request field it concerns (if any) and the values
 * the message needs. The message of the exception itself is English, for logs; users see the bundle text.
 * Non-transient, so that the command gateway never retries a refusal.
 */
public class JournalRejection extends AxonNonTransientException {

    private final RejectionReason reason;
    private final String field;
    private final List<Object> arguments;

    public JournalRejection(RejectionReason reason, String field, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.field = field;
        this.arguments = java.util.Collections.unmodifiableList(java.util.Arrays.asList(arguments.clone()));
    }

    public RejectionReason reason() {
        return reason;
    }

    public String field() {
        return field;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
