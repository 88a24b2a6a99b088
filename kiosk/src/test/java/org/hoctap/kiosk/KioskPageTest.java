package org.hoctap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoctap.hardware.feedback.FeedbackPattern;
import org.hoctap.kiosk.session.OpenSession;
import org.hoctap.shared.people.Card;
import org.hoctap.shared.people.People;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.HeadlessChromium;
import org.hoctap.shared.text.Language;
import org.hoctap.shared.text.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The touch page in a real (headless) Chromium at the kiosk screen's 800×480, against a real kiosk. */
class KioskPageTest {
    private static final Path SCREENSHOT = Path.of("target", "kiosk-after-check-in.png");

    @TempDir
    Path dir;

    @TempDir
    Path profile;

    private KioskFixture fixture;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        fixture = KioskFixture.start(dir);
        browser = HeadlessChromium.start(profile, 800, 480);
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
    void aLearnerFindsTheirNameTapsItAndIsConfirmedAndInTheExport() throws Exception {
        OpenSession open = fixture.openSession("LUA");
        JsonObject learner = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(42);
        String name = learner.getString("name");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        assertTrue(browser.findElement(By.id("session-topic")).getText().contains(open.topic().name()));
        assertEquals(fixture.kiosk.centre().name(), browser.findElement(By.id("centre-name")).getText());

        // Type the first letters of the given name on the keypad, as a learner would.
        String[] words = name.split("\\s+");
        String given = fold(words[words.length - 1]);
        for (char letter : given.substring(0, Math.min(3, given.length())).toCharArray()) {
            browser.findElement(By.cssSelector("#keypad [data-letter='" + letter + "']")).click();
        }
        WebElement button = browser.findElement(By.cssSelector("[data-person-id='" + learner.getString("id") + "']"));
        assertTrue(button.isDisplayed());
        assertTrue(button.getText().contains(name));
        button.click();

        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        assertEquals("ok", confirmation.getAttribute("data-kind"));
        assertEquals(name, browser.findElement(By.id("confirmation-name")).getText());
        assertEquals(open.topic().name(), browser.findElement(By.id("confirmation-topic")).getText());
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);

        HttpResponse<byte[]> csv = fixture.staffGet("/staff/attendance.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(line -> line.contains("," + name + ",") && line.endsWith(",NAME")), text);

        // A second tap, after the confirmation has gone, says "already checked in".
        wait.until(ExpectedConditions.invisibilityOf(confirmation));
        browser.findElement(By.cssSelector("[data-person-id='" + learner.getString("id") + "']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "again"));
    }

    @Test
    void everyTouchTargetOnTheHomeScreenIsAtLeast48PxAt800By480() {
        fixture.openSession("LUA");
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        List<String> small = new java.util.ArrayList<>();
        for (WebElement target : browser.findElements(By.cssSelector("button, a"))) {
            if (target.isDisplayed() && (target.getSize().getHeight() < 48 || target.getSize().getWidth() < 48)) {
                small.add((target.getAttribute("id") + " " + target.getText()).strip() + " " + target.getSize());
            }
        }
        assertEquals(List.of(), small, "touch targets under 48 px");
    }

    @Test
    void aCardOnTheKiosksOwnReaderIsCheckedInAndShownWithTheBuzzersSignal() throws Exception {
        OpenSession open = fixture.openSession("LUA");
        Card card = fixture.kiosk.database().read(c -> Jdbc.one(c, "SELECT uid, person_id FROM card LIMIT 1",
                row -> new Card(row.getString(1), row.getString(2)))).orElseThrow();
        String name = fixture.kiosk.database().read(c -> People.person(c, card.personId())).orElseThrow().fullName();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());

        fixture.reader.present(card.uid());
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "ok"));
        assertEquals(name, browser.findElement(By.id("confirmation-name")).getText());
        assertEquals(open.topic().name(), browser.findElement(By.id("confirmation-topic")).getText());
        browser.findElement(By.id("confirmation")).click();

        fixture.reader.present(card.uid());
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "again"));
        browser.findElement(By.id("confirmation")).click();
        fixture.reader.present("DEADBEEF");
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "unknown"));
        assertTrue(browser.findElement(By.id("confirmation-enrol")).getAttribute("href").endsWith("card=DEADBEEF"));

        assertEquals(List.of(FeedbackPattern.SUCCESS, FeedbackPattern.ALREADY_CHECKED_IN, FeedbackPattern.UNKNOWN_CARD),
                fixture.feedback.signalled());
        assertEquals(1L, (long) fixture.kiosk.database().read(c -> Jdbc.count(c,
                "SELECT count(*) FROM attendance WHERE person_id = ?", card.personId())), "counted once");
    }

    @Test
    void theHomeScreenSaysWhenTheKioskRunsOnItsBattery() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        assertEquals("mains", browser.findElement(By.tagName("body")).getAttribute("data-power"));
        assertFalse(browser.findElement(By.id("power")).isDisplayed());

        fixture.battery.mains(false);
        fixture.battery.charge(35);
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-power", "battery"));
        assertEquals("Đang chạy bằng pin: còn 35%.", browser.findElement(By.id("power")).getText());
    }

    @Test
    void theHomeScreenSaysWhenTheKioskLastTriedToSync() throws Exception {
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        assertFalse(browser.findElement(By.id("sync-status")).isDisplayed(), "not enrolled: nothing to say");

        new org.hoctap.kiosk.sync.DeviceCredential(java.net.URI.create("http://127.0.0.1:9/"),
                "01937a1e-0000-7000-8000-000000000001", "secret", "QC", java.util.Optional.empty()).save(dir);
        assertEquals(503, fixture.staffPost("/api/staff/sync", "{}").statusCode()); // no central server there
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sync-status")));
        assertTrue(browser.findElement(By.id("sync-status")).getText().startsWith("Chưa đồng bộ được (lần thử cuối "),
                browser.findElement(By.id("sync-status")).getText());
    }

    @Test
    void theLanguageSwitchReloadsTheTexts() {
        Templates texts = Templates.load(Optional.empty());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        assertEquals(texts.render("kiosk.no_session", Language.VI), browser.findElement(By.id("session-topic")).getText());

        browser.findElement(By.cssSelector("#languages [data-lang='hnj']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "hnj"));
        assertEquals(texts.render("kiosk.pick_name", Language.HNJ), browser.findElement(By.id("pick-name")).getText());
        assertEquals(texts.render("kiosk.no_session", Language.HNJ), browser.findElement(By.id("session-topic")).getText());
    }

    @Test
    void aCardOnAKeyboardReaderChecksItsHolderInAndAnUnknownCardAsksForTheStaff() throws Exception {
        fixture.openSession("LUA");
        record Holder(String uid, String name) {
        }
        Holder holder = fixture.kiosk.database().read(c -> Jdbc.one(c, """
                SELECT k.uid, p.full_name FROM card k JOIN person p ON p.id = k.person_id ORDER BY k.uid LIMIT 1""",
                row -> new Holder(row.getString(1), row.getString(2)))).orElseThrow();
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

        // An EM4100 reader types the card's number in decimal and Enter, a key every few milliseconds.
        new Actions(browser).sendKeys(String.format("%010d", Long.parseLong(holder.uid(), 16)) + Keys.ENTER).perform();
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        assertEquals("ok", confirmation.getAttribute("data-kind"));
        assertEquals("ok", browser.findElement(By.tagName("body")).getAttribute("data-sound"), "a check-in sounds");
        assertEquals(holder.name(), browser.findElement(By.id("confirmation-name")).getText());
        assertEquals("", browser.findElement(By.id("search")).getAttribute("value"), "no digit reached the search box");
        browser.findElement(By.id("confirmation")).click();

        new Actions(browser).sendKeys("0000000001" + Keys.ENTER).perform();
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "unknown"));
        assertEquals("unknown", browser.findElement(By.tagName("body")).getAttribute("data-sound"));
        assertEquals(Templates.load(Optional.empty()).render("kiosk.unknown_card", Language.VI),
                browser.findElement(By.id("confirmation-message")).getText());
    }

    @Test
    void theLanguageAPersonPicksIsTheirsAtTheirNextCheckIn() throws Exception {
        fixture.openSession("LUA");
        record Holder(String uid, String name) {
        }
        Holder holder = fixture.kiosk.database().read(c -> Jdbc.one(c, """
                SELECT k.uid, p.full_name FROM card k JOIN person p ON p.id = k.person_id
                WHERE k.uid GLOB '*[A-F]*' ORDER BY k.uid LIMIT 1""", // typed in hex, letters and all
                row -> new Holder(row.getString(1), row.getString(2)))).orElseThrow();
        Templates texts = Templates.load(Optional.empty());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());

        browser.findElement(By.cssSelector("#languages [data-lang='hnj']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "hnj"));
        new Actions(browser).sendKeys(holder.uid() + Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));

        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri()); // the screen is back in Vietnamese
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        new Actions(browser).sendKeys(holder.uid() + Keys.ENTER).perform();
        wait.until(ExpectedConditions.attributeToBe(By.id("confirmation"), "data-kind", "again"));
        assertEquals(texts.render("kiosk.already_checked_in", Language.HNJ, Map.of("name", holder.name())),
                browser.findElement(By.id("confirmation-message")).getText());
    }

    @Test
    void aLearnerWhoCannotSpellFindsThemselvesByVillageHouseholdAndName() throws Exception {
        fixture.openSession("LUA");
        JsonObject learner = new JsonArray(fixture.get("/api/learners").body()).getJsonObject(7);
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Templates texts = Templates.load(Optional.empty());

        WebElement toggle = browser.findElement(By.id("browse-toggle"));
        assertEquals(texts.render("kiosk.by_village", Language.VI), toggle.getText());
        toggle.click();
        assertEquals(texts.render("kiosk.by_name", Language.VI), toggle.getText());
        assertTrue(!browser.findElement(By.id("keypad")).isDisplayed(), "no spelling needed");

        browser.findElement(By.cssSelector("#browse [data-village='" + learner.getString("village") + "']")).click();
        browser.findElement(By.cssSelector("#browse [data-household='" + learner.getString("household") + "']")).click();
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "kiosk-browse-household.png"),
                StandardCopyOption.REPLACE_EXISTING);
        WebElement person = browser.findElement(By.cssSelector("#browse [data-person-id='" + learner.getString("id") + "']"));
        assertTrue(person.getSize().getHeight() >= 48, "a touch target of 48 px at least");
        person.click();

        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        assertEquals("ok", confirmation.getAttribute("data-kind"));
        assertEquals(learner.getString("name"), browser.findElement(By.id("confirmation-name")).getText());
        confirmation.click();
        assertTrue(browser.findElement(By.cssSelector("#browse [data-village]")).isDisplayed(),
                "the next person starts from the villages");
    }

    @Test
    void aPersonTypingDigitsIsNoCard() throws Exception {
        fixture.openSession("LUA");
        String uid = fixture.kiosk.database().read(c -> Jdbc.one(c, "SELECT uid FROM card ORDER BY uid LIMIT 1",
                row -> row.getString(1))).orElseThrow();
        HeadlessChromium.openUntilReady(browser, fixture.kiosk.pageUri());
        for (char digit : String.format("%010d", Long.parseLong(uid, 16)).toCharArray()) {
            new Actions(browser).sendKeys(String.valueOf(digit)).perform();
            Thread.sleep(120); // a person: far slower than a reader
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        Thread.sleep(500); // a check-in, had there been one, would show by now
        assertTrue(!browser.findElement(By.id("confirmation")).isDisplayed(), "typed digits checked someone in");
        long checkIns = fixture.kiosk.database().read(c -> Jdbc.count(c, "SELECT count(*) FROM attendance"));
        assertEquals(0, checkIns);
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toUpperCase(java.util.Locale.ROOT);
    }
}
