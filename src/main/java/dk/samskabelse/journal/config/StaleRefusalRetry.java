package dk.samskabelse.journal.config;

import dk.samskabelse.journal.api.JournalRejection;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A refusal judged on a cached copy of a project that another instance has moved past is not the journal's
 * answer: it becomes a {@link StaleProjectCopy} conflict, and the command gateway retries the command on the
 * project sourced afresh (see CheckedProjectCache). Refusals on current copies, and every success, pass untouched.
 */
class StaleRefusalRetry implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CheckedProjectCache cache;

    StaleRefusalRetry(CheckedProjectCache cache) {
        this.cache = cache;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (JournalRejection refusal) {
            if (cache.refusalOnStaleCopy(unitOfWork)) {
                throw new StaleProjectCopy(refusal);
            }
            throw refusal;
        }
    }
}
