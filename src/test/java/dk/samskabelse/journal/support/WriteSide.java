package dk.samskabelse.journal.support;

import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.command.Project;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Assumptions;

import java.lang.reflect.Executable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 12 was built on three branches at once: the forms and the API (web) before the aggregate's rules for the
 * new commands (write, branch i12-write). Tests of what the journal records through the new commands run once the
 * aggregate handles them, and are skipped with this reason before; everything else (validation, pages, refusals
 * made before a command is sent) runs always.
 */
public final class WriteSide {

    private static final List<Class<?>> ISSUE_12_COMMANDS = List.of(AddRole.class, EndRole.class, RejoinActor.class,
            ReopenProject.class, RecordPlanning.class, RecordLeadershipAction.class,
            RecordLeadershipReflection.class);

    private WriteSide() {
    }

    /** Whether the project aggregate has a command handler for this command. */
    public static boolean handles(Class<?> command) {
        return Stream.<Executable>concat(Stream.of(Project.class.getDeclaredMethods()),
                        Stream.of(Project.class.getDeclaredConstructors()))
                .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                .anyMatch(handler -> handler.getParameterCount() > 0 && handler.getParameterTypes()[0] == command);
    }

    /** Skips the calling test until the aggregate handles every new command of issue 12 (branch i12-write). */
    public static void assumeIssue12Rules() {
        Assumptions.assumeTrue(ISSUE_12_COMMANDS.stream().allMatch(WriteSide::handles),
                "needs the aggregate rules of issue 12 (branch i12-write)");
    }
}
