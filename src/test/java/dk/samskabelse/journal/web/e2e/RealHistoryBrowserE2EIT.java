package dk.samskabelse.journal.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12's main forms in a real browser (headless Chromium), signed in once through the login form (no second
 * password): rejoining an actor, a second role, the leadership action and the Afklaring origin. Each form is
 * shown and photographed (target/screenshots/), a mistake is answered in Danish next to its field.
 */
@JournalIntegrationTest
class RealHistoryBrowserE2EIT extends OwnJournalInTheBrowser {

    static final String LEADER = "e2e-leder-12";

    RealHistoryBrowserE2EIT() {
        super(LEADER, UserRole.PROJEKTLEDER);
    }

    record Project(String id, String citizen, String staff) {}

    /** Ligeværdig in Lejre: a citizen (co-designer) and a project leader (facilitator), from 1 January 2020. */
    private Project project(String name) {
        String projectId = UUID.randomUUID().toString();
        LocalDate started = LocalDate.of(2020, 1, 1);
        commands.sendAndWait(new StartProject(
                projectId, UUID.randomUUID().toString(), name, "Lejre", Area.KULTUR_OG_FRITID, "Idrætshal", started));
        String citizen = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                citizen,
                ActorKind.BORGER,
                Role.MEDDESIGNER,
                started,
                new ActorPersonalData("Rikke R.", null, null)));
        String staff = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterActor(
                projectId,
                UUID.randomUUID().toString(),
                staff,
                ActorKind.PROJEKTLEDER,
                Role.FACILITATOR,
                started,
                new ActorPersonalData("Lars B.", null, null)));
        accounts.assign(LEADER, projectId);
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        return new Project(projectId, citizen, staff);
    }

    private Project projectWithAWithdrawnCitizen(String name) {
        Project project = project(name);
        commands.sendAndWait(new WithdrawActor(
                project.id(),
                UUID.randomUUID().toString(),
                project.citizen(),
                LocalDate.of(2020, 3, 1),
                "Flyttede for en tid",
                false));
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        return project;
    }

    @Test
    void theRejoinFormIsReachedFromTheWithdrawnActorAndNeedsADate() {
        Project project = projectWithAWithdrawnCitizen("Fleksibel inddragelse");
        open("/projekter/" + project.id());
        follow(browser.findElement(By.linkText("Vender tilbage")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aktør vender tilbage");
        assertThat(new Select(browser.findElement(By.id("actorId")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Rikke R.");
        assertThat(browser.findElement(By.id("roles-hint")).getText()).contains("de roller, den havde");
        Browser.screenshot(browser, "form-rejoin");

        browser.findElement(By.id("effectiveOn")).clear();
        submit();
        assertThat(browser.findElement(By.id("effectiveOn-error")).getText()).contains("Angiv en dato.");
    }

    @Test
    void aWithdrawnActorRejoinsThroughTheForm() {
        Project project = projectWithAWithdrawnCitizen("Tilbage igen");
        open("/projekter/" + project.id() + "/genindtraeden?aktoer=" + project.citizen());
        browser.findElement(By.id("roles-MEDPRODUCENT")).click();
        date("effectiveOn", "2020-05-01");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("Aktør vendt tilbage");
        assertThat(browser.findElement(By.cssSelector(".entries .entry__summary"))
                        .getText())
                .contains("Rikke R.")
                .contains("Medproducent");
    }

    @Test
    void theSecondRoleFormIsReachedFromTheActorAndNeedsARole() {
        Project project = project("Dobbeltrolle");
        open("/projekter/" + project.id());
        WebElement row = browser.findElements(By.cssSelector("section[aria-labelledby=aktoerer] tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("Rikke R."))
                .findFirst()
                .orElseThrow();
        follow(row.findElement(By.linkText("Tilføj en rolle")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tilføj en rolle");
        assertThat(browser.findElement(By.id("role-hint")).getText()).contains("beholder sine andre roller");
        Browser.screenshot(browser, "form-second-role");

        submit();
        assertThat(browser.findElement(By.id("role-error")).getText()).contains("Vælg en rolle.");
    }

    @Test
    void anActorTakesASecondRoleThroughTheForm() {
        Project project = project("To roller");
        open("/projekter/" + project.id() + "/ny-rolle?aktoer=" + project.citizen());
        new Select(browser.findElement(By.id("role"))).selectByValue("MEDPRODUCENT");
        date("effectiveOn", "2020-02-01");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("Rolle tilføjet");
        assertThat(browser.findElement(By.cssSelector(".entries .entry__summary"))
                        .getText())
                .isEqualTo("Rikke R.: tilføjer rollen Medproducent");
    }

    /** The roles projection holds both roles at once. */
    @Test
    void theJournalShowsBothRolesOfAnActor() {
        Project project = project("Begge roller");
        commands.sendAndWait(new dk.samskabelse.journal.api.AddRole(
                project.id(),
                UUID.randomUUID().toString(),
                project.citizen(),
                Role.MEDPRODUCENT,
                LocalDate.of(2020, 2, 1),
                "Dobbeltrolle",
                false));
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        open("/projekter/" + project.id());
        WebElement row = browser.findElements(By.cssSelector("section[aria-labelledby=aktoerer] tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals("Rikke R."))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("Meddesigner").contains("Medproducent");
        Browser.screenshot(browser, "journal-two-roles");
    }

    @Test
    void theLeadershipFormExplainsTheDirectionsAndNeedsOne() {
        Project project = project("Ledelse i fire retninger");
        open("/projekter/" + project.id());
        follow(browser.findElement(By.linkText("Ledelseshandling")));
        assertThat(browser.findElement(By.id("direction-OP-help")).getText()).contains("direktion og politikere");
        assertThat(browser.findElement(By.id("act-hint")).getText()).contains("konvener");
        Browser.screenshot(browser, "form-leadership-action");

        type("action", "Orienterede direktionen om fremdriften");
        submit();
        assertThat(browser.findElement(By.id("direction-error")).getText()).contains("Vælg en ledelsesretning");
        assertThat(browser.findElement(By.id("action")).getAttribute("value"))
                .isEqualTo("Orienterede direktionen om fremdriften");
    }

    @Test
    void aChefRecordsALeadershipActionThroughTheForm() {
        Project project = project("Ledelse opad");
        open("/projekter/" + project.id() + "/ledelseshandling");
        browser.findElement(By.id("direction-OP")).click();
        new Select(browser.findElement(By.id("act"))).selectByValue("KONVENER");
        type("action", "Samlede direktion og foreninger");
        type("reason", "Politisk opbakning før udførelsen");
        submit();
        assertThat(browser.findElement(By.cssSelector(".entries .entry__summary"))
                        .getText())
                .contains("Op")
                .contains("Samlede direktion og foreninger");
    }

    @Test
    void theAfklaringFormExplainsTheTaskOriginAndRefusesAnIncompleteTargetGroup() {
        Project project = project("Afklaring med oprindelse");
        open("/projekter/" + project.id());
        follow(browser.findElement(By.linkText("Afklaring")));
        assertThat(browser.findElement(By.id("taskOrigin-hint")).getText())
                .contains("Seed 002")
                .contains("Seed 004");
        assertThat(browser.findElement(By.id("taskOrigin-MEDARBEJDERE-help")).getText())
                .contains("Aarhus");
        Browser.screenshot(browser, "form-afklaring-origin");

        browser.findElement(By.id("taskOrigin-CIVILSAMFUND")).click();
        type("successCriteria", "40 borgere engagerer sig");
        type("targetGroups-0-name", "Unge mellem 15 og 25");
        submit();
        assertThat(browser.findElement(By.id("targetGroups-0-status-error")).getText())
                .contains("Vælg om målgruppen blev inviteret, nået eller bevidst fravalgt.");
        assertThat(browser.findElement(By.id("taskOrigin-CIVILSAMFUND")).isSelected())
                .isTrue();
    }

    @Test
    void theAfklaringIsRecordedWithItsOriginPartnersAndTargetGroups() {
        Project project = project("Afklaring gemt");
        open("/projekter/" + project.id() + "/afklaring");
        browser.findElement(By.id("taskOrigin-ANDEN_OFFENTLIG_MYNDIGHED")).click();
        type("successCriteria", "Syv kommuner deltager");
        type("partnerOrganisations", "Region Sjælland");
        type("targetGroups-0-name", "Ensomme ældre");
        new Select(browser.findElement(By.id("targetGroups-0-status"))).selectByValue("INVITERET");
        submit();
        assertThat(browser.findElement(By.cssSelector(".confirmation")).getText())
                .contains("Afklaring");
    }

    @Test
    void aClosedProjectOffersOnlyWhatItStillAccepts() {
        Project project = project("Lukket forløb");
        commands.sendAndWait(new dk.samskabelse.journal.api.CloseProject(
                project.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 6, 1), "Projektet sluttede", false));
        assertThat(projections.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        open("/projekter/" + project.id());
        assertThat(browser.findElement(By.id("lukket")).getText())
                .contains("kun skrives erkendelser, tilbagetrækninger og chefens refleksion");
        assertThat(browser.findElement(By.id("kun-efter-lukning")).getText()).contains("kun disse indførsler");
        assertThat(browser.findElements(By.cssSelector(".entry-menu a")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder(
                        "Erkendelse", "Chefens refleksion", "Træk en indførsel tilbage", "Genåbn projektet");
        Browser.screenshot(browser, "journal-closed");
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
