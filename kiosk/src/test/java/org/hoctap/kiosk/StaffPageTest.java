package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.hoctap.shared.testing.HeadlessChromium;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff page in a real (headless) Chromium at the kiosk screen's 800×480, against a real kiosk. */
class StaffPageTest {
    private static final Templates TEXTS = Templates.load(Optional.empty());
    private static final Path SCREENSHOT = Path.of("target", "staff-after-opening-a-session.png");

    @TempDir
    Path dir;

    @TempDir
    Path profile;

    private KioskFixture fixture;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        fixture = KioskFixture.start(dir);
        browser = HeadlessChromium.start(profile, 800, 480);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            System.out.println("Browser console:\n" + HeadlessChromium.console(browser));
            browser.quit();
        }
        fixture.close();
    }

    @Test
    void staffLogInOpenASessionSeeTheCheckInAndDownloadTheList() throws Exception {
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.staffPageUri());
        assertTrue(browser.findElement(By.id("work")).getAttribute("hidden") != null, "nothing before a login");

        browser.findElement(By.id("login-name")).sendKeys("staff");
        browser.findElement(By.id("login-password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("#password-login button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("message"), TEXTS.render("staff.wrong_login", Language.VI)));

        browser.findElement(By.id("login-password")).sendKeys(KioskFixture.STAFF_PASSWORD);
        browser.findElement(By.cssSelector("#password-login button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-form")));

        new Select(browser.findElement(By.id("open-topic"))).selectByVisibleText("Kỹ thuật trồng lúa nước");
        browser.findElement(By.id("open-teacher")).sendKeys("Cô Lò Thị Xuân");
        browser.findElement(By.cssSelector("#open-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("message"),
                TEXTS.render("staff.opened", Language.VI, Map.of("topic", "Kỹ thuật trồng lúa nước"))));
        WebElement session = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sessions .session[data-open=true]")));
        String sessionId = session.getAttribute("data-session-id");
        JsonObject kiosk = new JsonObject(fixture.get("/api/session").body());
        assertEquals(sessionId, kiosk.getJsonObject("session").getString("id"), "the kiosk offers it");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
        assertTargetsAtLeast48PxHigh();

        JsonObject learner = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(5);
        assertEquals(200, fixture.post("/api/check-ins", "{\"personId\":\"" + learner.getString("id") + "\"}")
                .statusCode());
        browser.findElement(By.cssSelector("#day-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"),
                TEXTS.render("staff.check_ins", Language.VI, Map.of("count", 1))));
        browser.findElement(By.cssSelector(".session[data-session-id='" + sessionId + "'] .show-list")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-ins"), learner.getString("name")));

        browser.findElement(By.cssSelector("#tabs [data-tab=downloads]")).click();
        String href = browser.findElement(By.id("download-csv")).getAttribute("href");
        assertTrue(href.contains("/staff/attendance.csv?from="), href);
        Object csv = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", href);
        assertTrue(csv.toString().contains(learner.getString("name")), "the download, with the browser's login");
        assertTrue(csv.toString().contains("Kỹ thuật trồng lúa nước"));

        browser.findElement(By.cssSelector("#tabs [data-tab=sessions]")).click();
        browser.findElement(By.cssSelector("#tabs [data-tab=downloads]")).click();
        WebElement download = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#staff-log [data-action=download]")));
        assertTrue(download.getText().contains("staff · " + TEXTS.render("staff.action.download", Language.VI)
                + " · attendance.csv"), "who took which list: " + download.getText());

        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-login")));
        Object refused = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual'}).then(function (r) { done(r.type + ' ' + r.status); });", href);
        assertFalse(refused.toString().endsWith(" 200"), "no download after logging out: " + refused);

        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-password")).sendKeys(KioskFixture.STAFF_PASSWORD);
        browser.findElement(By.cssSelector("#password-login button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("logout")));
        assertEquals("", browser.findElement(By.id("message")).getText(), "logged in again after logging out");
    }

    @Test
    void onTheKiosksScreenStaffTapTheirNameAndAPin() throws Exception {
        fixture.kiosk.close();
        KioskSettings settings = KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD).withStaffPin("2468");
        try (KioskServer kiosk = new KioskServer(settings).start()) {
            HeadlessChromium.openUntilReady(browser, kiosk.pageUri());
            browser.findElement(By.id("staff-link")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-staff-name=staff]"))).click();
            for (char digit : "2468".toCharArray()) {
                browser.findElement(By.cssSelector("[data-pin-key='" + digit + "']")).click();
            }
            browser.findElement(By.cssSelector("[data-pin-key=OK]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-form")));
            assertEquals(TEXTS.render("staff.logged_in_as", Language.VI, Map.of("name", "staff")),
                    browser.findElement(By.id("who")).getText());
        }
    }

    @Test
    void anUnknownCardTappedAtTheKioskIsLinkedByStaffToItsLearnerAndThenChecksThemIn() throws Exception {
        fixture.openSession("LUA");
        JsonObject learner = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(12);
        fixture.kiosk.close();
        KioskSettings settings = KioskSettings.of(dir).withHost("127.0.0.1").withPort(0)
                .withStaffPassword(KioskFixture.STAFF_PASSWORD).withStaffPin("2468");
        try (KioskServer kiosk = new KioskServer(settings).start()) {
            HeadlessChromium.openUntilReady(browser, kiosk.pageUri());
            new org.openqa.selenium.interactions.Actions(browser)
                    .sendKeys("0000000042" + org.openqa.selenium.Keys.ENTER).perform();
            wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "unknown"));
            WebElement enrol = browser.findElement(By.id("confirmation-enrol"));
            assertEquals(TEXTS.render("kiosk.enrol_card", Language.VI), enrol.getText());
            enrol.click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-staff-name=staff]"))).click();
            for (char digit : "2468".toCharArray()) {
                browser.findElement(By.cssSelector("[data-pin-key='" + digit + "']")).click();
            }
            browser.findElement(By.cssSelector("[data-pin-key=OK]")).click();
            WebElement waiting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-waiting")));
            assertTrue(waiting.getText().contains("0000002A"), waiting.getText());

            String[] words = learner.getString("name").split("\\s+");
            String given = java.text.Normalizer.normalize(words[words.length - 1], java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toUpperCase();
            for (char letter : given.substring(0, Math.min(3, given.length())).toCharArray()) {
                browser.findElement(By.xpath("//div[@id='card-keypad']/button[text()='" + letter + "']")).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                    "#card-results [data-person-id='" + learner.getString("id") + "']"))).click();
            assertEquals("0000002A", browser.findElement(By.id("card-number")).getAttribute("value"));
            browser.findElement(By.cssSelector("#card-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.id("message"),
                    TEXTS.render("staff.card_linked", Language.VI, Map.of("name", learner.getString("name")))));

            java.net.http.HttpResponse<String> tap = fixture.http.send(java.net.http.HttpRequest.newBuilder(
                    kiosk.baseUri().resolve("/api/check-ins")).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"card\":\"0000000042\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(learner.getString("name"), new JsonObject(tap.body()).getString("name"), tap.body());
        }
    }

    @Test
    void staffEnrolALearnerAndLinkTheNewCardTheyPutOnTheReader() throws Exception {
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.staffPageUri());
        browser.findElement(By.id("login-name")).sendKeys("staff");
        browser.findElement(By.id("login-password")).sendKeys(KioskFixture.STAFF_PASSWORD);
        browser.findElement(By.cssSelector("#password-login button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("open-form")));

        browser.findElement(By.cssSelector("#tabs [data-tab=enrol]")).click();
        browser.findElement(By.id("enrol-name")).sendKeys("Vừ Thị Dợ");
        browser.findElement(By.cssSelector("#enrol-form input[name=sex][value=F]")).click();
        browser.findElement(By.id("enrol-year")).sendKeys("1998");
        new Select(browser.findElement(By.id("enrol-village"))).selectByIndex(2);
        browser.findElement(By.cssSelector("#enrol-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-form")));
        assertTrue(browser.findElement(By.id("card-for")).getText().startsWith("Vừ Thị Dợ · QC"));

        fixture.reader.present("04C0FFEE");
        wait.until(ExpectedConditions.textToBe(By.id("message"),
                TEXTS.render("staff.card_linked", Language.VI, Map.of("name", "Vừ Thị Dợ"))));
        fixture.openSession("LUA");
        assertEquals("Vừ Thị Dợ", new JsonObject(fixture.post("/api/check-ins", "{\"card\":\"04C0FFEE\"}").body())
                .getString("name"));
    }

    private void assertTargetsAtLeast48PxHigh() {
        for (WebElement control : browser.findElements(By.cssSelector("#work button, #work select, #work input:not([type=radio]), #top button"))) {
            if (control.isDisplayed()) {
                assertTrue(control.getRect().getHeight() >= 48,
                        control.getTagName() + " " + control.getText() + " is " + control.getRect().getHeight() + " px");
            }
        }
    }
}
