package dk.samskabelse.journal.web.e2e;

import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.security.UserAccounts;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.TestUsers;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test on a journal of its own (each subclass names its embedded database in its @SpringBootTest): it
 * writes its projects through the command gateway and reads them in Chromium, signed in as one user made for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnJournalInTheBrowser {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    ProjectionProcessors projections;

    @Autowired
    UserAccounts accounts;

    ChromeDriver browser;
    SignedInBrowser pages;

    private final String user;
    private final UserRole role;

    /** The user the browser signs in as, made with this role unless it exists. */
    OwnJournalInTheBrowser(String user, UserRole role) {
        this.user = user;
        this.role = role;
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        pages = new SignedInBrowser(browser, port);
        accounts.createIfMissing(user, role, TestUsers.PASSWORD);
        pages.signIn(user, TestUsers.PASSWORD);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
