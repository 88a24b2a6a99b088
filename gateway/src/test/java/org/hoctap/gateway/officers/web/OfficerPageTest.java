package org.hoctap.gateway.officers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.hoctap.gateway.GatewayServer;
import org.hoctap.gateway.GatewaySettings;
import org.hoctap.gateway.smpp.SmppSettings;
import org.hoctap.gateway.titles.TitleYears;
import org.hoctap.shared.store.Jdbc;
import org.hoctap.shared.testing.HeadlessChromium;
import org.hoctap.shared.testing.SeededDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The central web in a real browser: log in, register a family, open it, adjust an indicator, confirm. */
class OfficerPageTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path profile;

    private GatewayServer gateway;
    private ChromeDriver browser;

    @BeforeEach
    void start() {
        SeededDatabase.create(dataDir).close();
        SmppSettings nowhere = SmppSettings.of("127.0.0.1", 9, "hoctap", "secret", "8055");
        gateway = new GatewayServer(new GatewaySettings(dataDir, nowhere, GatewaySettings.VIETNAM).withWebPort(0)).start();
        browser = HeadlessChromium.start(profile, 1280, 900);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            System.out.println("Browser console:\n" + HeadlessChromium.console(browser));
            browser.quit();
        }
        gateway.close();
    }

    @Test
    void anOfficerReviewsAdjustsAndConfirmsAFamilyInThePage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        HeadlessChromium.openUntilReady(browser, URI.create("http://127.0.0.1:" + gateway.webPort().orElseThrow() + "/"));
        assertEquals("Hội Khuyến học: danh hiệu học tập", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("login-name")).sendKeys("tinh");
        browser.findElement(By.id("login-password")).sendKeys("not it");
        browser.findElement(By.cssSelector("#login button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("message"), "Sai tên đăng nhập hoặc mật khẩu."));
        browser.findElement(By.id("login-password")).clear();
        browser.findElement(By.id("login-password")).sendKeys(
                Files.readString(dataDir.resolve(GatewaySettings.OFFICER_PASSWORD_FILE)).strip());
        browser.findElement(By.cssSelector("#login button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work")));
        wait.until(ExpectedConditions.attributeToBe(By.id("registrations"), "data-year",
                String.valueOf(TitleYears.of(Instant.now()))));
        assertTrue(browser.findElement(By.id("who-name")).getText().contains("cán bộ tỉnh"));

        String household = gateway.database().read(c -> Jdbc.one(c, "SELECT code FROM household ORDER BY code LIMIT 1",
                row -> row.getString(1))).orElseThrow();
        browser.findElement(By.id("register-household")).sendKeys(household);
        browser.findElement(By.cssSelector("#register button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#indicators tbody tr"), 11));
        assertTrue(browser.findElement(By.id("review-rules")).getText().contains("QĐ 448/QĐ-KHVN"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#registrations tbody tr"), 1));

        WebElement culture = browser.findElements(By.cssSelector("#indicators tbody tr")).get(9);
        assertTrue(culture.getText().startsWith("4.1 gia đình văn hóa"), culture.getText());
        culture.findElement(By.name("points")).sendKeys("10");
        culture.findElement(By.name("reason")).sendKeys("giấy công nhận gia đình văn hóa 2026");
        culture.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#indicators tbody tr:nth-child(10)"),
                "tinh chỉnh thành 10: giấy công nhận gia đình văn hóa 2026"));

        browser.findElement(By.id("confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Đã công nhận: 10/100 (Chưa đạt)"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#registrations tbody tr"),
                "Chưa đạt (10)"));
        assertEquals("", browser.findElement(By.id("message")).getText());

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#villages tbody tr"), 6));
        assertTrue(browser.findElement(By.cssSelector("#villages thead")).getText().contains("Gia đình học tập"));

        browser.findElement(By.id("reminder-preview")).click();
        wait.until(ExpectedConditions.textMatches(By.id("reminder-cost"),
                java.util.regex.Pattern.compile("^\\d+ tin nhắn, \\d+ phần tin, chi phí khoảng \\d+ đồng\\.")));
        assertTrue(browser.findElement(By.id("reminder-samples")).getText().contains("TC:"));

        browser.findElement(By.id("log-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        browser.findElement(By.id("login-password")).sendKeys(
                Files.readString(dataDir.resolve(GatewaySettings.OFFICER_PASSWORD_FILE)).strip());
        browser.findElement(By.cssSelector("#login button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work")));
        assertEquals("", browser.findElement(By.id("message")).getText(), "logged in again after logging out");
    }
}
