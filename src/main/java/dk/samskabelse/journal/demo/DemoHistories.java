package dk.samskabelse.journal.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the demo data files (classpath demo/*.yaml, in file-name order) and turns each into a plan. */
public final class DemoHistories {

    public static final String LOCATION = "classpath:demo/*.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            // A misspelt field in a data file is an error, not a silently ignored line.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

    private DemoHistories() {}

    public static List<DemoPlan> plans(ZoneId zone) {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new DemoDataException("Cannot list " + LOCATION, e);
        }
        List<DemoPlan> plans = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Resource file : Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList()) {
            DemoPlan plan = DemoPlan.of(file.getFilename(), read(file), zone);
            if (!keys.add(plan.key())) {
                throw new DemoDataException(file.getFilename() + ": key '" + plan.key() + "' is used by another file");
            }
            plans.add(plan);
        }
        return plans;
    }

    /** The data files as written, by file name (for the tests that read the files' actors and texts). */
    static java.util.Map<String, DemoHistory> histories() {
        try {
            java.util.Map<String, DemoHistory> histories = new java.util.TreeMap<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                histories.put(file.getFilename(), read(file));
            }
            return histories;
        } catch (IOException e) {
            throw new DemoDataException("Cannot list " + LOCATION, e);
        }
    }

    static DemoHistory read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return YAML.readValue(in, DemoHistory.class);
        } catch (IOException e) {
            throw new DemoDataException(file.getFilename() + ": " + e.getMessage(), e);
        }
    }
}
