package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RejectionReason;
import java.util.List;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Matches a {@link JournalRejection} by reason code and field (null for rules about the whole project), optionally its arguments. */
final class RejectionMatcher extends TypeSafeDiagnosingMatcher<JournalRejection> {

    private final RejectionReason reason;
    private final String field;
    private final List<Object> arguments;

    private RejectionMatcher(RejectionReason reason, String field, List<Object> arguments) {
        this.reason = reason;
        this.field = field;
        this.arguments = arguments;
    }

    static RejectionMatcher rejection(RejectionReason reason, String field) {
        return new RejectionMatcher(reason, field, null);
    }

    /** The same rejection, also requiring exactly these arguments (the values the user message shows). */
    RejectionMatcher withArguments(Object... expected) {
        return new RejectionMatcher(reason, field, List.of(expected));
    }

    @Override
    protected boolean matchesSafely(JournalRejection rejection, Description mismatch) {
        mismatch.appendText("was a rejection ")
                .appendValue(rejection.reason())
                .appendText(" on field ")
                .appendValue(rejection.field())
                .appendText(" with arguments ")
                .appendValue(rejection.arguments())
                .appendText(" (")
                .appendText(rejection.getMessage())
                .appendText(")");
        return rejection.reason() == reason
                && Objects.equals(rejection.field(), field)
                && (arguments == null || arguments.equals(rejection.arguments()));
    }

    @Override
    public void describeTo(Description description) {
        description
                .appendText("a JournalRejection ")
                .appendValue(reason)
                .appendText(" on field ")
                .appendValue(field);
        if (arguments != null) {
            description.appendText(" with arguments ").appendValue(arguments);
        }
    }
}
