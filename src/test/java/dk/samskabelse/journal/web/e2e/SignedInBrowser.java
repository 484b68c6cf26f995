package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test does with the journal: open a page of the test's server, sign in through the login
 * form, follow a link or button to the next page and wait until the browser has left the old one.
 */
final class SignedInBrowser {

    private final ChromeDriver driver;
    private final int port;

    SignedInBrowser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    /** Signs out whoever was signed in (by forgetting the session) and signs in through the login form. */
    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        // The click returns before the browser has followed the redirect away from the login page.
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "signed in as " + user)
                .until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(driver.getCurrentUrl())
                .as("signed in as " + user + ", on the portfolio")
                .isEqualTo("http://localhost:" + port + "/");
    }

    /** Clicks a link or button that loads a new page, and waits until the browser has left the old one. */
    void follow(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> left(page));
    }

    /**
     * Whether the browser has left the page of this element. Chromium answers a finished navigation either as a
     * stale element or, caught in the middle, as "Node … does not belong to the document": both mean gone.
     */
    private static boolean left(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException replaced) {
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    void quit() {
        driver.quit();
    }
}
