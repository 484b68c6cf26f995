package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 * file name without ".yaml"; each is validated when first asked for and re-read when the file changes.
 */
@Component
public class TypologyModels {

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
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Cached cached = alternatives.get(file);
            if (cached == null || !cached.modified().equals(modified)) {
                cached = new Cached(modified, loader.load(file));
                alternatives.put(file, cached);
            }
            return Optional.of(cached.model());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read model " + file, e);
        }
    }

    /** The names of the model files in the projections directory, for a researcher to choose from. */
    public List<String> available() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml"))
                    .map(file -> file.substring(0, file.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
