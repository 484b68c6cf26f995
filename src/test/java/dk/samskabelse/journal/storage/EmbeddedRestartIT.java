package dk.samskabelse.journal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its entries in a file: a project written before a restart is there after it. */
class EmbeddedRestartIT {

    @Test
    void entriesSurviveARestart(@TempDir Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("journal") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        String projectId;
        try (ConfigurableApplicationContext first = start(url)) {
            projectId = new JournalApi(TestUsers.projectLeader(port(first))).startProject("Hjerterum", "2018-01-15");
        }
        try (ConfigurableApplicationContext second = start(url)) {
            JsonHttp.Response events =
                    TestUsers.projectLeader(port(second)).get("/api/projects/" + projectId + "/events");
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.body()).contains("\"name\":\"Hjerterum\"").contains("\"type\":\"ProjectStarted\"");
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(JournalApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + url);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
