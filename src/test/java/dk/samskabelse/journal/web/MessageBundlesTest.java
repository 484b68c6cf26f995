package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.RejectionReason;
import dk.samskabelse.journal.query.typology.Quadrant;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every text is in both languages: the Danish and English bundles have the same keys, every value of the
 * domain's enumerations has a label, every kind of entry a name and a summary, and every key a page names
 * literally exists.
 */
class MessageBundlesTest {

    private static final String API_PACKAGE = "dk.samskabelse.journal.api";

    private final Properties danish = load("messages_da.properties");
    private final Properties english = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(english))
                .as("keys in messages_da.properties missing in messages_en.properties")
                .containsAll(keys(danish));
        assertThat(keys(danish))
                .as("keys in messages_en.properties missing in messages_da.properties")
                .containsAll(keys(english));
    }

    @Test
    void noTextIsEmpty() {
        danish.forEach(
                (key, value) -> assertThat(value.toString()).as("da " + key).isNotBlank());
        english.forEach(
                (key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }

    @Test
    void everyEnumerationValueOfTheApiHasALabel() throws ClassNotFoundException {
        List<Class<?>> enums = new ArrayList<>(typesIn(Enum.class));
        enums.add(Quadrant.class);
        assertThat(enums).as("enumerations found in " + API_PACKAGE).hasSizeGreaterThan(10);
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                // Rejections and kinds of entry keep their own keys: an entry kind's label is keyed by its stored name.
                String key = type == RejectionReason.class
                        ? "rejection." + ((Enum<?>) constant).name()
                        : type == EntryType.class
                                ? "entry.type." + ((EntryType) constant).storedName()
                                : "enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name();
                assertThat(danish).as("da").containsKey(key);
                assertThat(english).as("en").containsKey(key);
            }
        }
    }

    @Test
    void everyKindOfEntryHasANameAndASummary() throws ClassNotFoundException {
        List<Class<?>> events = typesIn(JournalEvent.class);
        assertThat(events).hasSizeGreaterThanOrEqualTo(12);
        for (Class<?> event : events) {
            for (String key :
                    List.of("entry.type." + event.getSimpleName(), "entry.summary." + event.getSimpleName())) {
                assertThat(danish).containsKey(key);
                assertThat(english).containsKey(key);
            }
        }
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        // #{key} and #{key(…)} in the templates, and the keys handed to the field fragments as 'literals'.
        Pattern messageExpression = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");
        Pattern keyLiteral = Pattern.compile("'((?:form|field|journal|error|entry|portfolio|layout|nav|project|"
                + "typology|role|kind|actor)\\.[\\w.]*\\w)'");
        Set<String> used = new TreeSet<>();
        for (Resource template :
                new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(messageExpression, keyLiteral)) {
                Matcher matcher = pattern.matcher(html);
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(keys(danish)).as("keys the templates use, in Danish").containsAll(used);
        assertThat(keys(english)).as("keys the templates use, in English").containsAll(used);
    }

    private static List<Class<?>> typesIn(Class<?> supertype) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                // Top-level types only: RejectionReason.Kind is how the API answers, never shown to anyone.
                return definition.getMetadata().isIndependent()
                        && !definition.getMetadata().hasEnclosingClass()
                        && !definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(supertype));
        List<Class<?>> types = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(API_PACKAGE)) {
            types.add(Class.forName(definition.getBeanClassName()));
        }
        return types;
    }

    private static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
