package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18 item 10 in a real browser (headless Chromium): on the replay a project leader chooses another model by
 * its name; both trajectories are drawn on the one plane (solid and dashed) with a legend, the difference table
 * follows, and on a 375 px phone the table scrolls inside its container instead of widening the page. The plane
 * is photographed to target/screenshots/replay-model-comparison.png, the table on the phone to
 * replay-model-comparison-phone.png.
 */
@JournalIntegrationTest
class ReplayModelComparisonBrowserE2EIT extends OwnJournalInTheBrowser {

    static final String LEADER = "e2e-leder-18-10";

    ReplayModelComparisonBrowserE2EIT() {
        super(LEADER, UserRole.PROJEKTLEDER);
    }

    @Test
    void bothTrajectoriesShareThePlaneAndTheTableScrollsOnAPhone() throws IOException {
        String projectId = aProject();

        open("/projekter/" + projectId + "/genafspilning");
        Select models = new Select(browser.findElement(By.id("model")));
        assertThat(models.getOptions())
                .extracting(WebElement::getText)
                .containsExactly("Ingen sammenligning", "hearings-weighted 1.0", "standard-v1 1.0");
        models.selectByVisibleText("standard-v1 1.0");
        follow(browser.findElement(By.cssSelector("form.replay-form button[type=submit]")));

        WebElement plane = browser.findElement(By.cssSelector("svg.chart--plane"));
        WebElement active = plane.findElement(By.cssSelector("polyline.trajectory-line"));
        WebElement other = plane.findElement(By.cssSelector("polyline.comparison-line"));
        assertThat(active.isDisplayed()).isTrue();
        assertThat(other.isDisplayed()).isTrue();
        assertThat(other.getCssValue("stroke-dasharray"))
                .as("dashed, not colour alone")
                .isNotIn("none", "");
        assertThat(active.getCssValue("stroke-dasharray")).isEqualTo("none");
        List<String> legend = browser.findElements(By.cssSelector("#modelsammenligning-forklaring li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(legend).anySatisfy(text -> assertThat(text).contains("standard-v1 1.0", "stiplet"));
        assertThat(browser.findElements(By.cssSelector("#modelforskel tbody tr")))
                .isNotEmpty();

        WebElement figure = browser.findElement(By.cssSelector("figure.figure--plane"));
        browser.executeScript("arguments[0].scrollIntoView(true);", figure);
        Path file = Browser.SCREENSHOTS.resolve("replay-model-comparison.png");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.copy(figure.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        Browser.screenshot(browser, "replay-model-comparison-page");

        browser.manage().window().setSize(new Dimension(375, 900));
        try {
            WebElement scroll = browser.findElement(By.cssSelector("div.table-scroll:has(#modelforskel)"));
            Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth;");
            Number box = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().right;", scroll);
            assertThat(box.doubleValue())
                    .as("the container stays within the phone's width")
                    .isLessThanOrEqualTo(viewport.doubleValue());
            assertThat(scroll.getCssValue("overflow-x")).isEqualTo("auto");
            WebElement section = browser.findElement(By.cssSelector("section.model-comparison"));
            browser.executeScript("arguments[0].scrollIntoView(true);", section);
            Files.copy(
                    section.getScreenshotAs(OutputType.FILE).toPath(),
                    Browser.SCREENSHOTS.resolve("replay-model-comparison-phone.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1800));
        }
    }

    private String aProject() {
        String projectId = UUID.randomUUID().toString();
        LocalDate started = LocalDate.of(2021, 1, 1);
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Byhaven (modeller)",
                "Lejre",
                Area.KULTUR_OG_FRITID,
                "Et formål",
                started));
        String citizen = register(projectId, ActorKind.BORGER, "Hanne K.", Role.MEDDESIGNER, started.plusDays(4));
        String staff = register(projectId, ActorKind.MEDARBEJDER, "Lars B.", Role.FACILITATOR, started);
        commands.sendAndWait(new RecordEngagement(
                projectId,
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                started.plusDays(30),
                citizen,
                List.of(
                        new Participation(citizen, Influence.MEDBESTEMMENDE),
                        new Participation(staff, Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        accounts.assign(LEADER, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        return projectId;
    }

    private String register(String projectId, ActorKind kind, String name, Role role, LocalDate joinedOn) {
        String actorId = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                actorId,
                kind,
                role,
                joinedOn,
                new ActorPersonalData(name, null, null)));
        return actorId;
    }

    private void open(String path) {
        pages.open(path);
    }

    private void follow(WebElement element) {
        pages.follow(element);
    }
}
