package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13 in a real browser (headless Chromium), signed in once through the login form as a project leader: three
 * placements declared through the typology form (the leader's own and two partners', each naming its
 * representative), then the typology plane on the timeline page shows them side by side with distinct, labelled
 * marks; the plane is photographed to target/screenshots/typology-perspectives.png.
 */
@JournalIntegrationTest
class TypologyPerspectivesBrowserE2EIT extends OwnJournalInTheBrowser {

    static final String LEADER = "e2e-leder-13";

    TypologyPerspectivesBrowserE2EIT() {
        super(LEADER, UserRole.PROJEKTLEDER);
    }

    @Test
    void threePerspectivesDeclaredThroughTheFormsStandSideBySideOnThePlane() throws IOException {
        String projectId = UUID.randomUUID().toString();
        LocalDate started = LocalDate.of(2023, 3, 1);
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Naturens Rige (perspektiver)",
                "Næstved",
                Area.SUNDHED,
                "Flere borgere ud i naturen",
                started));
        register(projectId, ActorKind.PROJEKTLEDER, "Mette P.", Role.FACILITATOR, started);
        register(projectId, ActorKind.FORENING, "Naturvennerne", Role.MEDPRODUCENT, started.plusDays(10));
        register(
                projectId,
                ActorKind.ANDEN_OFFENTLIG_AKTOER,
                "Region Sjælland",
                Role.LIGEVAERDIG_DELTAGER,
                started.plusDays(10));
        register(projectId, ActorKind.BORGER, "Rikke R.", Role.MEDDESIGNER, started.plusDays(20));
        accounts.assign(LEADER, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        declare(
                projectId,
                "PROJEKTLEDER",
                null,
                "0,5",
                "-0,5",
                "Kommunen har identificeret problemet; hvad der kommer ud af det, er åbent");
        declare(
                projectId,
                "PARTNER",
                "Naturvennerne",
                "0,2",
                "0,8",
                "Foreningen ser turene som sine egne; kommunen stiller rammerne");
        declare(
                projectId,
                "PARTNER",
                "Region Sjælland",
                "-0,3",
                "-0,6",
                "Regionen har fastlagt målene i sin bevilling");

        open("/projekter/" + projectId + "/tidslinje");
        WebElement plane = browser.findElement(By.cssSelector("svg.chart--plane"));
        List<WebElement> marks = plane.findElements(By.cssSelector("g.perspective-mark"));
        // The project's own first; the two partners of one date in a fixed but arbitrary order (by entry id).
        List<String> labels = marks.stream()
                .map(m ->
                        m.findElement(By.cssSelector("text.perspective-label")).getText())
                .toList();
        assertThat(labels)
                .hasSize(3)
                .startsWith("Projektleder")
                .containsExactlyInAnyOrder("Projektleder", "Partner: Naturvennerne", "Partner: Region Sjælland");
        assertThat(marks)
                .extracting(m -> m.getAttribute("class"))
                .containsExactly(
                        "perspective-mark perspective-mark--projektleder",
                        "perspective-mark perspective-mark--partner",
                        "perspective-mark perspective-mark--partner");
        assertThat(plane.findElement(By.tagName("desc")).getAttribute("textContent"))
                .contains("Placeringer fra 3 perspektiver i kraft", "Partner: Naturvennerne: Faciliterende");
        WebElement table = browser.findElement(By.id("perspektiver"));
        assertThat(table.getText()).contains("Projektleder", "Partner: Naturvennerne", "Partner: Region Sjælland");
        assertThat(browser.findElement(By.cssSelector("p.disagreement:not(:has(a))"))
                        .getText())
                .contains("3 perspektiver, uenige om kvadrant");
        assertThat(browser.findElement(By.cssSelector("#typologi-overskrift ~ p.typology-note"))
                        .getText())
                .contains("udvider Ulrichs akse", "stadig en ambition om forudsigelighed");

        WebElement figure = browser.findElement(By.cssSelector("figure.figure--plane"));
        browser.executeScript("arguments[0].scrollIntoView(true);", figure);
        Path file = Browser.SCREENSHOTS.resolve("typology-perspectives.png");
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.copy(figure.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(10_000);
        Browser.screenshot(browser, "typology-perspectives-page");
    }

    /**
     * Issue 18 item 11: a click on the declaration form's plane fills in both numbers with the decimal comma the
     * form reads (the middle of the Styret quadrant: openness and centrality -0,5), typed numbers move the marker,
     * and the declaration is saved with the clicked values.
     */
    @Test
    void clickingThePlaneOnTheDeclarationFormFillsBothNumbersAndTheDeclarationIsSaved() {
        String projectId = UUID.randomUUID().toString();
        LocalDate started = LocalDate.of(2023, 3, 1);
        commands.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Hjerterum (planet)",
                "Herning",
                Area.SOCIAL,
                "Et sted at mødes",
                started));
        register(projectId, ActorKind.MEDARBEJDER, "Jonas M.", Role.BESLUTTENDE, started);
        accounts.assign(LEADER, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();

        open("/projekter/" + projectId + "/typologi");
        WebElement plane = browser.findElement(By.cssSelector("form svg.chart--picker"));
        WebElement marker = plane.findElement(By.cssSelector("circle.picker-marker"));
        assertThat(marker.getAttribute("class")).contains("picker-marker--hidden");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", plane);
        plane.findElement(By.cssSelector("rect.quadrant--faciliterende")).click();
        assertThat(value("openness")).isEqualTo("0,5");
        assertThat(value("centrality")).isEqualTo("0,5");
        plane.findElement(By.cssSelector("rect.quadrant--styret")).click();
        assertThat(value("openness")).isEqualTo("-0,5");
        assertThat(value("centrality")).isEqualTo("-0,5");
        assertThat(marker.getAttribute("class")).doesNotContain("picker-marker--hidden");
        assertThat(Double.parseDouble(marker.getAttribute("cx"))).isCloseTo(211, offset(1.0));
        assertThat(Double.parseDouble(marker.getAttribute("cy"))).isCloseTo(369, offset(1.0));
        Browser.screenshot(browser, "typology-form-plane");

        type("rationale", "Kommunen har fastlagt både problem og løsning");
        date("effectiveOn", "2023-04-01");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("samskabelsestype");
        open("/projekter/" + projectId + "/tidslinje");
        assertThat(browser.findElement(By.id("perspektiver")).getText()).contains("Styret", "-0,50");
    }

    private String value(String field) {
        return browser.findElement(By.id(field)).getDomProperty("value");
    }

    private void register(String projectId, ActorKind kind, String name, Role role, LocalDate joinedOn) {
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                kind,
                role,
                joinedOn,
                new ActorPersonalData(name, null, null)));
    }

    /** The typology form filled in as a project leader would: the perspective, the partner, the axes, the reason. */
    private void declare(
            String projectId,
            String perspective,
            String partner,
            String openness,
            String centrality,
            String rationale) {
        open("/projekter/" + projectId + "/typologi");
        assertThat(browser.findElements(By.cssSelector("dl.quadrant-list blockquote")))
                .hasSize(4);
        browser.findElement(By.id("perspective-" + perspective)).click();
        if (partner != null) {
            Select actors = new Select(browser.findElement(By.id("actorId")));
            actors.getOptions().stream()
                    .filter(o -> o.getText().startsWith(partner))
                    .findFirst()
                    .orElseThrow()
                    .click();
        }
        type("openness", openness);
        type("centrality", centrality);
        type("rationale", rationale);
        date("effectiveOn", "2023-05-01");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("samskabelsestype");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String field, String text) {
        WebElement input = browser.findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    /** A date input takes its value as ISO from a script; typed keys follow the browser's own date format. */
    private void date(String field, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(field)), isoDate);
    }

    private void submit() {
        follow(browser.findElement(By.cssSelector("main form button[type=submit]")));
    }

    private void follow(WebElement element) {
        WebElement page = browser.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }
}
