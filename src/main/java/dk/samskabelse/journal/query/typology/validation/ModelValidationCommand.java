package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The researcher's sensitivity check on the command line, without a database and without starting the journal:
 * {@code java -jar samskabelsesjournal.jar --journal.validate-model=FILE [--journal.validation-dir=DIR]} prints
 * one line per seed case of the validation set (default projections/validation) and exits with 0 when every
 * case agrees with its seed, 1 when one does not, 2 when the model or a case cannot be read.
 */
public final class ModelValidationCommand {

    static final String MODEL = "--journal.validate-model=";
    static final String DIRECTORY = "--journal.validation-dir=";

    private ModelValidationCommand() {}

    public static boolean requested(String[] args) {
        return argument(args, MODEL).isPresent();
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String modelFile = argument(args, MODEL).orElseThrow();
        Path directory = Path.of(argument(args, DIRECTORY).orElse("projections/validation"));
        TypologyModel model;
        List<ValidationCase> cases;
        try {
            model = new TypologyModelLoader().load(Path.of(modelFile));
            cases = new ValidationCaseReader().readDirectoryOrPackaged(directory);
        } catch (TypologyModelException e) {
            e.problems().forEach(err::println);
            return 2;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 2;
        }
        List<CaseResult> results = new ValidationRunner().run(model, cases);
        ValidationReport.lines(model, results).forEach(out::println);
        return results.stream().allMatch(CaseResult::agrees) ? 0 : 1;
    }

    private static Optional<String> argument(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }
}
