package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelException;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The typology models the journal knows. The active model (journal.projection-model; the packaged default when
 * unset) is loaded and validated at start-up, so a broken file stops the journal with a message naming the file,
 * the entry and the problem. Alternative models are those shipped inside the application ({@link PackagedModels})
 * and the *.yaml files in journal.projection-dir, for local additions; they are offered and asked for by the
 * model's own name (its YAML field name), each name once: a file in the directory replaces a packaged model of the
 * same name, and the active model's name is never offered as an alternative. A file name without ".yaml" is still
 * accepted when asked for (the API's earlier spelling). A file in the directory is validated when first read and
 * re-read when it changes. Only regular files whose real path lies inside the directory are read (a symbolic link
 * may point to another file of the directory, never out of it); a broken or outside file is refused with
 * {@link UnusableModelException}, which names the file but, like the log line, never its content, and is left out
 * of the offered models. To see every problem of a file, start a journal with it as the active model
 * (journal.projection-model), which refuses to start and lists them.
 */
@Component
public class TypologyModels {

    private static final Logger log = LoggerFactory.getLogger(TypologyModels.class);
    private static final Pattern MODEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final String SUFFIX = ".yaml";

    /** A file's model as read at its modification time; model null when the file was refused (logged once). */
    private record Cached(FileTime modified, TypologyModel model) {}

    private final TypologyModelLoader loader = new TypologyModelLoader();
    private final TypologyModel active;
    private final PackagedModels packaged;
    private final Path directory;
    private final Map<Path, Cached> files = new ConcurrentHashMap<>();

    public TypologyModels(TypologyModelProperties settings) {
        String activeModel = settings.projectionModel();
        this.directory = Path.of(settings.projectionDir()).toAbsolutePath().normalize();
        this.active = activeModel.isBlank() ? loader.loadDefault() : loader.load(Path.of(activeModel));
        this.packaged = new PackagedModels(loader);
    }

    public TypologyModel active() {
        return active;
    }

    /**
     * The models a researcher can compare with the active one, each name once, in name order: the packaged ones
     * and the usable files of the projections directory, without the active model's name.
     */
    public List<TypologyModel> available() {
        return List.copyOf(alternatives().values());
    }

    /**
     * A model by its name ("hearings-weighted"), or by its file name without ".yaml" ("typology-model-hearings"
     * for projections/typology-model-hearings.yaml, or the packaged file of that name). The active model's name
     * gives the active model.
     */
    public Optional<TypologyModel> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (name.equals(active.name())) {
            return Optional.of(active);
        }
        TypologyModel byName = alternatives().get(name);
        if (byName != null) {
            return Optional.of(byName);
        }
        if (!MODEL_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Optional<TypologyModel> file = fromDirectory(name);
        return file.isPresent() ? file : packaged.byFileName(name);
    }

    private Map<String, TypologyModel> alternatives() {
        Map<String, TypologyModel> byName = new TreeMap<>();
        packaged.all().forEach(model -> byName.put(model.name(), model));
        for (String file : directoryFiles()) {
            try {
                fromDirectory(file).ifPresent(model -> byName.put(model.name(), model));
            } catch (UnusableModelException e) {
                // Logged when the file was read; a refused file is simply not offered.
            }
        }
        byName.remove(active.name());
        return byName;
    }

    /** A model file of the projections directory by file name without ".yaml". */
    private Optional<TypologyModel> fromDirectory(String name) {
        Path file = directory.resolve(name + SUFFIX).normalize();
        String fileName = String.valueOf(file.getFileName());
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
            log.warn(
                    "Typology model {} in {} is refused: it is not a regular file inside that directory "
                            + "(a symbolic link pointing out of it?)",
                    fileName,
                    directory);
            throw new UnusableModelException(fileName);
        }
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(real);
        } catch (IOException e) {
            return Optional.empty();
        }
        Cached cached = files.get(file);
        if (cached == null || !cached.modified().equals(modified)) {
            cached = new Cached(modified, read(real, fileName));
            files.put(file, cached);
        }
        if (cached.model() == null) {
            throw new UnusableModelException(fileName);
        }
        return Optional.of(cached.model());
    }

    /** The model in the file, or null when it is refused (logged here, once per version of the file). */
    private TypologyModel read(Path real, String fileName) {
        try {
            return loader.load(real);
        } catch (TypologyModelException e) {
            // The problems may quote the file (a value, a YAML snippet): they stay out of the log and the answer.
            log.warn(
                    "Typology model {} in {} is refused: {} problem(s); start a journal with it as "
                            + "journal.projection-model to list them",
                    fileName,
                    directory,
                    e.problems().size());
        } catch (UncheckedIOException e) {
            log.warn(
                    "Typology model {} in {} cannot be read ({})",
                    fileName,
                    directory,
                    e.getClass().getSimpleName());
        }
        return null;
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

    /** The names (without ".yaml") of the model files in the projections directory. */
    private List<String> directoryFiles() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(directory)) {
            // A link out of the directory is left out silently here; asking for it by name logs and refuses it.
            return paths.filter(this::isUsableFile)
                    .map(path -> String.valueOf(path.getFileName()))
                    .filter(file -> file.endsWith(SUFFIX))
                    .map(file -> file.substring(0, file.length() - SUFFIX.length()))
                    .filter(name -> MODEL_NAME.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
