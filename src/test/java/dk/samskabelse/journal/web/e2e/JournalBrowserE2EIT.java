package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The journal in a real browser (headless Chromium): a project leader keeps a journal through the forms, the
 * chef reads the timeline, the portfolio and the evaluation, the researcher replays a history. Screenshots of
 * the main pages are saved under target/screenshots/. The browser signs in through the login form as a project
 * leader made for the test, who is assigned to every project the tests start.
 */
@JournalIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JournalBrowserE2EIT extends OwnJournalInTheBrowser {

    static final String LEADER = "e2e-leder";

    JournalBrowserE2EIT() {
        super(LEADER, UserRole.PROJEKTLEDER);
    }

    @Test
    @Order(1)
    void aProjectLeaderKeepsAJournalAndSeesTheEngagementOnTheTimeline() {
        open("/projekter/ny");
        type("name", "Naturens Rige");
        type("municipality", "Næstved");
        new Select(browser.findElement(By.id("area"))).selectByValue("SUNDHED");
        type("purpose", "Fællesskab i naturen");
        submit();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Naturens Rige");
        String journal = path();

        registerActor(journal, "BORGER", "Hanne K.", "MEDDESIGNER");
        registerActor(journal, "PROJEKTLEDER", "Lars B.", "FACILITATOR");
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby=aktoerer] tbody th")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Hanne K.", "Lars B.");

        follow(browser.findElement(By.linkText("Registrér engagement")));
        new Select(browser.findElement(By.id("kind"))).selectByValue("WORKSHOP");
        type("title", "Idéværksted i skoven");
        new Select(browser.findElement(By.id("initiatedBy"))).selectByVisibleText("Hanne K. (Borger, Meddesigner)");
        takesPart("Hanne K.", "MEDBESTEMMENDE");
        takesPart("Lars B.", "INDDRAGET");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .startsWith("Gemt i journalen");
        assertThat(browser.findElement(By.cssSelector(".entries")).getText()).contains("Idéværksted i skoven");
        Browser.screenshot(browser, "journal");

        follow(browser.findElement(By.cssSelector(".project-views")).findElement(By.linkText("Tidslinje")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tidslinje: Naturens Rige");
        WebElement timeline = browser.findElement(By.cssSelector("svg.chart--timeline"));
        assertThat(timeline.isDisplayed()).isTrue();
        assertThat(timeline.findElements(By.cssSelector("g.engagement-mark"))).hasSize(1);
        assertThat(timeline.findElement(By.cssSelector("g.engagement-mark title"))
                        .getAttribute("textContent"))
                .contains("Idéværksted i skoven");
        assertThat(timeline.findElements(By.cssSelector("g.participation"))).hasSize(2);
        assertThat(browser.findElement(By.id("tidslinje-tabeller")).getText())
                .contains("Idéværksted i skoven", "Hanne K.: Medbestemmende", "Lars B.: Inddraget");
        Browser.screenshot(browser, "timeline");
    }

    @Test
    @Order(2)
    void anInvalidFormShowsTheDanishError() {
        open("/projekter/ny");
        type("municipality", "Næstved");
        submit();

        WebElement summary = browser.findElement(By.id("fejl"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Der er fejl i formularen");
        // Issue 18, item 8: the summary has the focus, names each field and lists them in the form's order.
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("fejl");
        assertThat(summary.findElements(By.tagName("a")).stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Skriv et navn.", "Vælg et område.");
        assertThat(browser.findElement(By.id("name-error")).getText()).contains("Skriv et navn.");
        assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("municipality")).getAttribute("value"))
                .isEqualTo("Næstved");
        summary.findElement(By.partialLinkText("Skriv et navn")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("name");
    }

    @Test
    @Order(3)
    void theReplaySliderShowsTheRoleAsOfTheChosenPoint() {
        String projectId = driftingProject("Hallen i Lejre", 0.3, -0.5);

        open("/projekter/" + projectId + "/genafspilning");
        assertThat(roleOf("Lars B.")).isEqualTo("Besluttende");

        WebElement slider = browser.findElement(By.id("trin"));
        slider.sendKeys(Keys.HOME);
        assertThat(browser.findElement(By.id("trin-visning")).getText())
                .as("the slider names the step it is on")
                .isEqualTo("Trin 1 af " + slider.getAttribute("max") + ": 1. januar 2020");
        follow(browser.findElement(By.cssSelector(".replay-form button[type=submit]")));
        assertThat(browser.findElement(By.id("tilstand-overskrift")).getText())
                .isEqualTo("Projektet pr. 1. januar 2020");
        assertThat(roleOf("Lars B.")).isEqualTo("Facilitator");

        // 5 January: the citizen joins; 10 January: the declaration; 1 February: the workshop.
        for (int step = 0; step < 3; step++) {
            follow(browser.findElement(By.linkText("Næste indførsel →")));
        }
        assertThat(browser.findElement(By.id("tilstand-overskrift")).getText())
                .isEqualTo("Projektet pr. 1. februar 2020");
        assertThat(roleOf("Lars B.")).isEqualTo("Facilitator");
        Browser.screenshot(browser, "replay");

        browser.findElement(By.id("trin")).sendKeys(Keys.END);
        follow(browser.findElement(By.cssSelector(".replay-form button[type=submit]")));
        assertThat(roleOf("Lars B.")).isEqualTo("Besluttende");
    }

    /** Last, so that the portfolio shows every project the other tests made. */
    @Test
    @Order(4)
    void theEvaluationShowsTheDriftAndThePortfolioThePlane() {
        String projectId = driftingProject("Fælles retning 0-18", 0.6, 0.6);

        open("/projekter/" + projectId + "/evaluering");
        WebElement drift = browser.findElement(By.id("fokus-proces-drift"));
        assertThat(drift.isDisplayed()).isTrue();
        assertThat(drift.findElement(By.tagName("h3")).getText())
                .isEqualTo("Typologisk drift: erklæret og udøvet samskabelse");
        assertThat(drift.getText())
                .contains("Erklæret den 10. januar 2020: Faciliterende samskabelse", "i forskellige felter");
        assertThat(browser.findElements(By.cssSelector("section.evaluation-section")))
                .hasSize(6);
        Browser.screenshot(browser, "evaluation");

        open("/");
        WebElement plane = browser.findElement(By.cssSelector("svg.chart--plane"));
        assertThat(plane.isDisplayed()).isTrue();
        assertThat(plane.findElements(By.cssSelector("text.quadrant-label")))
                .extracting(WebElement::getText)
                .containsExactly("Ligeværdig", "Faciliterende", "Styret", "Ansvarliggørende");
        assertThat(plane.findElements(By.cssSelector("g.project-mark--drift"))).isNotEmpty();
        Browser.screenshot(browser, "portfolio");
    }

    private void registerActor(String journal, String kind, String name, String role) {
        open(journal);
        follow(browser.findElement(By.linkText("Registrér aktør")));
        new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
        type("name", name);
        new Select(browser.findElement(By.id("role"))).selectByValue(role);
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .isEqualTo("Gemt i journalen: Aktør registreret.");
    }

    /** Ticks the participant's row of the engagement form and chooses the influence. */
    private void takesPart(String name, String influence) {
        WebElement label = browser.findElements(By.cssSelector(".participants__table label")).stream()
                .filter(l -> l.getText().startsWith(name))
                .findFirst()
                .orElseThrow();
        String checkbox = label.getAttribute("for");
        browser.findElement(By.id(checkbox)).click();
        new Select(browser.findElement(By.id(checkbox.replace("-selected", "-influence")))).selectByValue(influence);
    }

    private String roleOf(String actor) {
        return browser.findElements(By.cssSelector("#roller tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().equals(actor))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("td.role-now"))
                .getText();
    }

    private void open(String path) {
        pages.open(path);
    }

    private String path() {
        return browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    }

    private void follow(WebElement element) {
        pages.follow(element);
    }
}
