package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The typology models the journal knows. The active model (journal.projection-model; the packaged default when
 * unset) is loaded and validated at start-up, so a broken file stops the journal with a message naming the file,
 * the entry and the problem. Alternative models are the *.yaml files in journal.projection-dir, asked for by
 * file name without ".yaml"; each is validated when first asked for and re-read when the file changes. Only
 * regular files whose real path lies inside the directory are read (a symbolic link may point to another file of
 * the directory, never out of it); a broken or outside file is refused with {@link UnusableModelException}, which
 * names the file but, like the log line, never its content. To see every problem of a file, start a journal with
 * it as the active model (journal.projection-model), which refuses to start and lists them.
 */
@Component
public class TypologyModels {

    private static final Logger log = LoggerFactory.getLogger(TypologyModels.class);
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private record Cached(FileTime modified, TypologyModel model) {
    }

    private final TypologyModelLoader loader = new TypologyModelLoader();
    private final TypologyModel active;
    private final Path directory;
    private final Map<Path, Cached> alternatives = new ConcurrentHashMap<>();

    public TypologyModels(@Value("${journal.projection-model:}") String activeModel,
                          @Value("${journal.projection-dir:projections}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
        this.active = activeModel.isBlank() ? loader.loadDefault() : loader.load(Path.of(activeModel));
    }

    public TypologyModel active() {
        return active;
    }

    /** An alternative model by name, e.g. "typology-model-hearings" for projections/typology-model-hearings.yaml. */
    public Optional<TypologyModel> named(String name) {
        if (name == null || !MODEL_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name + ".yaml").normalize();
        String fileName = file.getFileName().toString();
        if (!file.startsWith(directory) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            // A dangling link, or a file that vanished: as good as absent.
            return Optional.empty();
        }
        if (!isInside(real) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            log.warn("Typology model {} in {} is refused: it is not a regular file inside that directory "
                    + "(a symbolic link pointing out of it?)", fileName, directory);
            throw new UnusableModelException(fileName);
        }
        try {
            FileTime modified = Files.getLastModifiedTime(real);
            Cached cached = alternatives.get(file);
            if (cached == null || !cached.modified().equals(modified)) {
                cached = new Cached(modified, loader.load(real));
                alternatives.put(file, cached);
            }
            return Optional.of(cached.model());
        } catch (TypologyModelException e) {
            // The problems may quote the file (a value, a YAML snippet): they stay out of the log and the answer.
            log.warn("Typology model {} in {} is refused: {} problem(s); start a journal with it as "
                    + "journal.projection-model to list them", fileName, directory, e.problems().size());
            throw new UnusableModelException(fileName);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Typology model {} in {} cannot be read ({})", fileName, directory, e.getClass().getSimpleName());
            throw new UnusableModelException(fileName);
        }
    }

    private boolean isInside(Path real) {
        try {
            return real.startsWith(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isUsableFile(Path path) {
        try {
            Path real = path.toRealPath();
            return isInside(real) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
    }

    /** The names of the model files in the projections directory, for a researcher to choose from. */
    public List<String> available() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(this::isUsableFile)
                    .map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml"))
                    .map(file -> file.substring(0, file.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
