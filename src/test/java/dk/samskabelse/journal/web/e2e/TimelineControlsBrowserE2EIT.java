package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 18, item 6 in a real browser (headless Chromium): a chef zooms the timeline to a range and sees the
 * project as it stood on a date through the page's plain GET form; the last axis label ends inside the picture.
 * The zoomed page is photographed to target/screenshots/timeline-zoomed.png.
 */
@JournalIntegrationTest
class TimelineControlsBrowserE2EIT extends OwnJournalInTheBrowser {

    static final String CHEF = "e2e-chef-18";

    TimelineControlsBrowserE2EIT() {
        super(CHEF, UserRole.CHEF);
    }

    @Test
    void aChefZoomsToARangeAndGoesBackToADate() {
        String projectId = driftingProject("Hallen i Lejre");
        open("/projekter/" + projectId + "/tidslinje");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tidslinje: Hallen i Lejre");
        // Review 2026-12-04, 2.5: the last axis label was cut at the picture's right edge.
        Number labelEnd = (Number) browser.executeScript("const labels = document.querySelectorAll("
                + "'svg.chart--timeline text.tick-label'); const box = labels[labels.length - 1].getBBox();"
                + " return box.x + box.width;");
        assertThat(labelEnd.doubleValue()).isLessThanOrEqualTo(1000);

        date("fra", "2020-02-15");
        date("til", "2020-03-31");
        date("asOf", "2020-03-02");
        follow(browser.findElement(By.cssSelector(".timeline-form button[type=submit]")));

        assertThat(browser.getCurrentUrl()).contains("fra=2020-02-15", "til=2020-03-31", "asOf=2020-03-02");
        assertThat(browser.findElement(By.id("tidspunkt")).getText())
                .startsWith("Tidslinjen som den stod den 2. marts 2020.");
        // The range ends where the project stood: on the asOf date.
        assertThat(browser.findElement(By.id("tidslinje-figur")).getText())
                .isEqualTo("Udsnit af projektet fra 15. februar 2020 til 2. marts 2020");
        WebElement chart = browser.findElement(By.cssSelector("svg.chart--timeline"));
        assertThat(chart.findElements(By.cssSelector("g.engagement-mark")))
                .as("the workshop lies before the range, the decision after the date")
                .isEmpty();
        assertThat(chart.findElements(By.cssSelector("rect.role--BESLUTTENDE"))).hasSize(1);
        assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2020-03-02");
        assertThat(browser.findElement(By.id("tidslinje-tabeller")).getText())
                .contains("Der er ingen engagementer i udsnittet.", "Kommunen tager styringen");
        Browser.screenshot(browser, "timeline-zoomed");

        follow(browser.findElement(By.linkText("Tilbage til i dag")));
        assertThat(browser.findElements(By.id("tidspunkt"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("svg.chart--timeline"))
                        .findElements(By.cssSelector("g.engagement-mark")))
                .hasSize(2);
    }

    private void open(String path) {
        pages.open(path);
    }

    /** A date input takes its value as ISO from a script; typed keys follow the browser's own date format. */
    private void date(String field, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(field)), isoDate);
    }

    private void follow(WebElement element) {
        pages.follow(element);
    }
}
