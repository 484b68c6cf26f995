package dk.samskabelse.journal.security;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The per-project rules of SecurityConfig, decided from the {projectId} of the address before any controller
 * runs. A denial is "hidden" when the caller may not even read the project, or when no rule names the address:
 * such a request is answered 404, exactly like an unknown project or address, so ids cannot be probed.
 */
@Component
public class ProjectAuthorization {

    /** What a hidden denial is answered as. */
    public enum Hidden {
        PROJECT,
        ADDRESS
    }

    /** A denial that must look like "not found". */
    static final class HiddenDecision extends AuthorizationDecision {

        private final Hidden what;

        HiddenDecision(Hidden what) {
            super(false);
            this.what = what;
        }
    }

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final ProjectAccess access;

    ProjectAuthorization(ProjectAccess access) {
        this.access = access;
    }

    /** Reading a project: its journal page, views and exports. */
    public AuthorizationManager<RequestAuthorizationContext> read() {
        return (authentication, context) -> decide(authentication, context, null);
    }

    /** Recording one kind of entry (by its command) on a project, or opening its form. */
    public AuthorizationManager<RequestAuthorizationContext> record(Class<?> entryCommand) {
        return (authentication, context) -> decide(authentication, context, entryCommand);
    }

    /** The rule of last resort: deny every address no rule names, as if it did not exist. */
    public AuthorizationManager<RequestAuthorizationContext> unknownAddress() {
        return (authentication, context) ->
                Viewer.of(authentication.get()).isPresent() ? new HiddenDecision(Hidden.ADDRESS) : DENIED;
    }

    /** The kind of "not found" a denial must be answered with, if it is hidden. */
    public static Optional<Hidden> hidden(AccessDeniedException denied) {
        if (denied instanceof AuthorizationDeniedException authorization
                && authorization.getAuthorizationResult() instanceof HiddenDecision decision) {
            return Optional.of(decision.what);
        }
        return Optional.empty();
    }

    private AuthorizationDecision decide(
            Supplier<Authentication> authentication, RequestAuthorizationContext context, Class<?> entryCommand) {
        Optional<Viewer> viewer = Viewer.of(authentication.get());
        if (viewer.isEmpty()) {
            // Anonymous: denied plainly, so that the caller is asked to sign in.
            return DENIED;
        }
        String projectId = context.getVariables().get("projectId");
        if (projectId == null || !access.canRead(viewer.get(), projectId)) {
            return new HiddenDecision(Hidden.PROJECT);
        }
        if (entryCommand != null && !ProjectAccess.mayRecord(viewer.get(), entryCommand)) {
            return DENIED;
        }
        return GRANTED;
    }
}
