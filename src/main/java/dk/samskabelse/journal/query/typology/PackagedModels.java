package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The typology models shipped inside the application: projections/typology-model*.yaml, copied by the build to
 * the class path under typology/ (pom.xml), so that a jar started from any directory offers them. They are read
 * and validated once; a broken one is a build mistake and stops the start like a broken active model.
 */
final class PackagedModels {

    static final String PATTERN = "classpath*:typology/*.yaml";
    private static final String SUFFIX = ".yaml";

    /** By file name without ".yaml" (the names the API accepted before models were asked for by their name). */
    private final Map<String, TypologyModel> byFileName = new TreeMap<>();

    PackagedModels(TypologyModelLoader loader) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(PackagedModels.class.getClassLoader())
                    .getResources(PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the packaged typology models " + PATTERN, e);
        }
        for (Resource resource : resources) {
            String file = resource.getFilename();
            if (file == null || !file.endsWith(SUFFIX)) {
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                byFileName.putIfAbsent(file.substring(0, file.length() - SUFFIX.length()), loader.load(in, file));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the packaged typology model " + file, e);
            }
        }
    }

    Iterable<TypologyModel> all() {
        return byFileName.values();
    }

    Optional<TypologyModel> byFileName(String name) {
        return Optional.ofNullable(byFileName.get(name));
    }
}
