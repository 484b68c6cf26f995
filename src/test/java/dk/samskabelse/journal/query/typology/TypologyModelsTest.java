package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Alternative model files (review 2026-12-04, 3e): only regular files whose real path lies inside the projections
 * directory are read, a symbolic link pointing out of it is refused, and a broken file is refused naming the file
 * without its content reaching the exception or the log. The offered models (review 2026-12-04, 3.3; issue 18
 * item 10): by their own name, each once, never the active model again, the packaged ones also without a
 * projections directory.
 */
class TypologyModelsTest {

    private static final String SECRET = "root:x:0:0:ZZSECRETLINE:/root:/bin/bash";

    @TempDir
    Path temp;

    Path projections;
    ListAppender<ILoggingEvent> logged;
    Logger logger;

    @BeforeEach
    void directories() throws IOException {
        projections = Files.createDirectory(temp.resolve("projections"));
        Files.copy(Path.of("projections", "typology-model.yaml"), projections.resolve("good.yaml"));
        logger = (Logger) LoggerFactory.getLogger(TypologyModels.class);
        logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(logged);
    }

    @Test
    void aRegularModelFileIsRead() {
        assertThat(models().named("good")).isPresent();
    }

    @Test
    void theModelsAreOfferedByTheirNameEachOnceAndTheActiveModelNotAgain() throws IOException {
        // good.yaml is the default model ("standard", the active one); this copy of v1 has the packaged one's name.
        Files.copy(Path.of("projections", "typology-model-v1.yaml"), projections.resolve("my-copy.yaml"));

        assertThat(names(models())).containsExactly("hearings-weighted", "standard-v1");
        assertThat(models().named("hearings-weighted"))
                .get()
                .extracting(TypologyModel::version)
                .isEqualTo("1.0");
        assertThat(models().named("standard")).contains(models().active());
    }

    @Test
    void thePackagedModelsAreOfferedWhereThereIsNoProjectionsDirectory() {
        TypologyModels models = new TypologyModels(new TypologyModelProperties(
                "", temp.resolve("no-such-directory").toString(), "", "", ""));

        assertThat(names(models)).containsExactly("hearings-weighted", "standard-v1");
        assertThat(models.named("standard-v1"))
                .get()
                .extracting(TypologyModel::version)
                .isEqualTo("1.0");
        // The API's earlier spelling, a file name without .yaml, still finds the packaged file.
        assertThat(models.named("typology-model-hearings"))
                .get()
                .extracting(TypologyModel::name)
                .isEqualTo("hearings-weighted");
        assertThat(models.named("typology-model-unknown")).isEmpty();
    }

    @Test
    void aLocalModelIsAddedAndOneWithAPackagedModelsNameReplacesIt() throws IOException {
        String v1 = Files.readString(Path.of("projections", "typology-model-v1.yaml"));
        Files.writeString(projections.resolve("local.yaml"), v1.replace("name: standard-v1", "name: local-test"));
        Files.writeString(projections.resolve("v1.yaml"), v1.replace("windowDays: 90", "windowDays: 30"));

        TypologyModels models = models();
        assertThat(names(models)).containsExactly("hearings-weighted", "local-test", "standard-v1");
        assertThat(models.named("standard-v1"))
                .get()
                .extracting(TypologyModel::windowDays)
                .isEqualTo(30);
    }

    @Test
    void anotherActiveModelLeavesThePackagedDefaultOnOffer() {
        TypologyModels models = new TypologyModels(new TypologyModelProperties(
                "projections/typology-model-v1.yaml",
                temp.resolve("no-such-directory").toString(),
                "",
                "",
                ""));

        assertThat(models.active().name()).isEqualTo("standard-v1");
        assertThat(names(models)).containsExactly("hearings-weighted", "standard");
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsRefusedWithoutReadingIt() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), SECRET + "\n");
        Files.createSymbolicLink(projections.resolve("link.yaml"), outside);

        assertThatThrownBy(() -> models().named("link"))
                .isInstanceOf(UnusableModelException.class)
                .hasMessageContaining("link.yaml")
                .hasMessageNotContaining("ZZSECRET")
                .satisfies(
                        e -> assertThat(((UnusableModelException) e).fileName()).isEqualTo("link.yaml"))
                .hasNoCause();
        assertThat(names(models())).doesNotContain("link").containsExactly("hearings-weighted", "standard-v1");
        assertNothingLoggedOf("ZZSECRET");
    }

    @Test
    void aSymbolicLinkWithinTheDirectoryIsFollowed() throws IOException {
        Files.createSymbolicLink(projections.resolve("alias.yaml"), projections.resolve("good.yaml"));

        assertThat(models().named("alias")).isPresent();
    }

    @Test
    void aBrokenFileIsRefusedNamingTheFileButNotItsContent() throws IOException {
        Files.writeString(projections.resolve("broken.yaml"), "model: '" + SECRET + "'\n");
        Files.writeString(projections.resolve("unparsable.yaml"), "model: [" + SECRET + "\n  - : :\n");

        for (String name : new String[] {"broken", "unparsable"}) {
            assertThatThrownBy(() -> models().named(name))
                    .isInstanceOf(UnusableModelException.class)
                    .hasMessageContaining(name + ".yaml")
                    .hasMessageNotContaining("ZZSECRET")
                    .hasNoCause();
        }
        assertThat(logged.list).isNotEmpty();
        assertThat(names(models())).containsExactly("hearings-weighted", "standard-v1");
        assertNothingLoggedOf("ZZSECRET");
    }

    private void assertNothingLoggedOf(String marker) {
        assertThat(logged.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(marker);
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private static List<String> names(TypologyModels models) {
        return models.available().stream().map(TypologyModel::name).toList();
    }

    private TypologyModels models() {
        return new TypologyModels(new TypologyModelProperties("", projections.toString(), "", "", ""));
    }
}
