package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.demo.DemoLoaded;
import dk.samskabelse.journal.demo.DemoPlan;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The browser tests on the six demo histories, as the demo's users (leder, chef, forsker; admin with the tests'
 * password) meet them: one journal with the demo loaded, shared by every such test class (one Spring context).
 */
@Tag("browser")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:every-screen;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "journal.demo=true"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoHistoriesInTheBrowser {

    /** The demo users' password (InitialUsers, demo mode). */
    private static final String DEMO_PASSWORD = "samskabelse";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProjectionProcessors processors;

    ChromeDriver browser;
    SignedInBrowser pages;
    /** The demo's one open project (Erkendelse), and a closed one. */
    String nulTilAtten;

    String lejre;

    @BeforeAll
    void loadTheDemoAndStartTheBrowser() throws InterruptedException {
        browser = Browser.start();
        pages = new SignedInBrowser(browser, port);
        assertThat(DemoLoaded.await(context, Duration.ofMinutes(5))).isPositive();
        assertThat(processors.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
        nulTilAtten = DemoPlan.projectId("nul-til-atten");
        lejre = DemoPlan.projectId("lejre-idraetshal");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String user) {
        pages.signIn(user, user.equals(TestUsers.ADMIN) ? TestUsers.ADMIN_PASSWORD : DEMO_PASSWORD);
    }

    void open(String path) {
        pages.open(path);
    }
}
