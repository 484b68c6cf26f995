package dk.samskabelse.journal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;

/**
 * The repeat check runs before every handler of an existing project (Project.answerRepeats); a handler whose command
 * RepeatedCommands does not know would fail at run time, so a new command handler is caught here first.
 */
class RepeatedCommandsTest {

    @Test
    void everyCommandOfAnExistingProjectHasItsRepeatCheck() {
        List<Class<?>> handled = Arrays.stream(Project.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(CommandHandler.class))
                .map(Method::getParameterTypes)
                .<Class<?>>map(parameters -> parameters[0])
                .toList();

        assertThat(handled).hasSizeGreaterThanOrEqualTo(19);
        assertThat(handled)
                .allSatisfy(command -> assertThat(RepeatedCommands.covers(command))
                        .as("%s in RepeatedCommands", command.getSimpleName())
                        .isTrue());
    }
}
