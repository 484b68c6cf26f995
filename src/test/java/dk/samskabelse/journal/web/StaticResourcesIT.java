package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journal's static files come from /css/ and /js/ only (PagesConfig; Boot's "/**" mapping is off, see
 * application.yml): the stylesheet and scripts are served to anyone (the login page needs them), the API
 * documentation's own files still are, and nothing else is looked up as a file.
 */
@JournalIntegrationTest
class StaticResourcesIT {

    @LocalServerPort
    int port;

    @Test
    void theStylesheetAndScriptsAreServedToAnyone() {
        Browser anonymous = new Browser(port);
        for (String[] file : new String[][] {
            {"/css/journal.css", "text/css"}, {"/js/journal.js", "javascript"}, {"/js/rebuild.js", "javascript"}
        }) {
            HttpResponse<String> served = anonymous.get(file[0]);
            assertThat(served.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(served.headers().firstValue("Content-Type"))
                    .as(file[0])
                    .hasValueSatisfying(type -> assertThat(type).contains(file[1]));
            assertThat(served.body()).as(file[0]).isNotBlank();
        }
        assertThat(anonymous.get("/login").body()).contains("/css/journal.css", "/js/journal.js");
    }

    @Test
    void theApiDocumentationPageStillHasItsFiles() {
        Browser admin = new Browser(port);
        admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        HttpResponse<String> page = admin.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(admin.get("/swagger-ui/swagger-ui.css").statusCode()).isEqualTo(200);
    }

    @Test
    void aFileThatIsNotThereIsNotFound() {
        Browser admin = new Browser(port);
        admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(admin.get("/css/ikke-her.css").statusCode()).isEqualTo(404);
        assertThat(admin.get("/journal.css").statusCode()).isEqualTo(404);
    }
}
