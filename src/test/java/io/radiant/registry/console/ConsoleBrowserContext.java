package io.radiant.registry.console;

import io.radiant.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the console's browser tests: the whole service of the class's own (its admin token in the class's
 * {@code @TestPropertySource}) and one headless Chromium for the class, opened before its first test and closed
 * after its last, with the few steps every such test takes: open a view, sign in, wait, take a screenshot.
 */
abstract class ConsoleBrowserContext extends RegistryIntegrationTest {

    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeAll
    static void browser() {
        driver = HeadlessChromium.open(1280, 800);
    }

    @AfterAll
    static void closeBrowser() {
        HeadlessChromium.close(driver);
    }

    /** Loads the console on {@code view} and waits for its sign-in form. */
    protected void open(String view) {
        driver.get("http://localhost:" + port + "/admin/#" + view);
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("token-form")));
    }

    protected static void signIn(String token) {
        WebElement field = driver.findElement(By.id("token"));
        field.clear();
        field.sendKeys(token);
        driver.findElement(By.id("token-save")).click();
    }

    protected static WebDriverWait wait(int seconds) {
        return HeadlessChromium.waitFor(driver, seconds);
    }

    protected static void screenshot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }
}
