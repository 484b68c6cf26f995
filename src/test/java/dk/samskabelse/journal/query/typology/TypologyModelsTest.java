package dk.samskabelse.journal.query.typology;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alternative model files (review 2026-12-04, 3e): only regular files whose real path lies inside the projections
 * directory are read, a symbolic link pointing out of it is refused, and a broken file is refused naming the file
 * without its content reaching the exception or the log.
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
        assertThat(models().available()).contains("good");
    }

    @Test
    void aSymbolicLinkOutOfTheDirectoryIsRefusedWithoutReadingIt() throws IOException {
        Path outside = Files.writeString(temp.resolve("passwd"), SECRET + "\n");
        Files.createSymbolicLink(projections.resolve("link.yaml"), outside);

        assertThatThrownBy(() -> models().named("link"))
                .isInstanceOf(UnusableModelException.class)
                .hasMessageContaining("link.yaml").hasMessageNotContaining("ZZSECRET")
                .satisfies(e -> assertThat(((UnusableModelException) e).fileName()).isEqualTo("link.yaml"))
                .hasNoCause();
        assertThat(models().available()).doesNotContain("link");
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

        for (String name : new String[]{"broken", "unparsable"}) {
            assertThatThrownBy(() -> models().named(name))
                    .isInstanceOf(UnusableModelException.class)
                    .hasMessageContaining(name + ".yaml").hasMessageNotContaining("ZZSECRET").hasNoCause();
        }
        assertThat(logged.list).isNotEmpty();
        assertNothingLoggedOf("ZZSECRET");
    }

    private void assertNothingLoggedOf(String marker) {
        assertThat(logged.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(marker);
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private TypologyModels models() {
        return new TypologyModels("", projections.toString());
    }
}
