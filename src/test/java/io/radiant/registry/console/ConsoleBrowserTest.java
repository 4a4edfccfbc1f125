package io.radiant.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The operator console in a real (headless) Chromium against the whole service on a real database:
 * what the page shows is compared with what the database holds, and what the page does (trigger a
 * sync, approve a review entry) is checked in the database. Each view is photographed at 1280×800
 * into target/console-screenshots (or the folder named by -Dconsole.screenshots, e.g. docs/console).
 */
@TestPropertySource(properties = "registry.admin-token=" + ConsoleBrowserTest.TOKEN)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest extends ConsoleBrowserContext {

    static final String TOKEN = "console-browser-test-token-83d1";
    static final String HOSTILE = "<img src=x onerror=\"document.title='pwned'\">";

    private static boolean seeded;

    @BeforeEach
    void realisticRegistry() {
        if (!seeded) {
            ConsoleTestData.seed(jdbc, HOSTILE);
            seeded = true;
        }
    }

    @Test
    @Order(1)
    void aWrongTokenShowsTheUnauthorisedMessage() {
        open("providers");
        driver.executeScript("sessionStorage.clear()");
        driver.navigate().refresh();
        signIn("not-the-admin-token");

        WebElement message = wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("auth-message")));
        wait(10).until(d -> message.getText().contains("401"));
        assertThat(message.getText()).contains("Not authorised (401)").contains("admin token");
        assertThat(driver.findElements(By.cssSelector("#providers-table tbody tr"))).isEmpty();
        assertThat(driver.getCurrentUrl()).doesNotContain("not-the-admin-token");
        assertThat(driver.executeScript("return sessionStorage.getItem('registry.adminToken')")).as("a refused token is dropped").isNull();
        screenshot("unauthorised");
    }

    @Test
    @Order(2)
    void providersViewShowsEveryProviderWithItsHealth() {
        open("providers");
        signIn(TOKEN);
        List<Map<String, Object>> providers = jdbc.queryForList("SELECT p.id, COALESCE(ph.status, 'unknown') AS status, "
                + "ph.p95_latency_ms FROM providers p LEFT JOIN provider_health ph ON ph.provider_id = p.id "
                + "AND ph.region = 'us-east-1'");
        wait(15).until(d -> rows("#providers-table tbody tr").size() == providers.size());

        assertThat(driver.findElement(By.id("auth-message")).isDisplayed()).isFalse();
        Map<String, Map<String, String>> shown = elements("#providers-table tbody tr").stream()
                .collect(Collectors.toMap(r -> r.get("providerId"), r -> r));
        assertThat(shown).hasSize(providers.size());
        for (Map<String, Object> p : providers) {
            Map<String, String> row = shown.get((String) p.get("id"));
            assertThat(row).as((String) p.get("id")).isNotNull();
            assertThat(row.get("status")).isEqualTo(p.get("status"));
            if (p.get("p95_latency_ms") != null) {
                assertThat(row.get("text")).contains(p.get("p95_latency_ms") + " ms");
            }
        }
        assertThat(shown.get("google").get("text")).contains("HTTP 503", "key=***");
        assertThat(driver.executeScript("return sessionStorage.getItem('registry.adminToken')")).isEqualTo(TOKEN);
        assertThat(driver.executeScript("return localStorage.length")).isEqualTo(0L);
        assertThat(driver.getCurrentUrl()).doesNotContain(TOKEN);
        assertThat(driver.findElement(By.id("token")).getAttribute("type")).isEqualTo("password");
        screenshot("providers");
    }

    @Test
    @Order(3)
    void thermalMapShowsAllFiftySixModelsInTheirStates() {
        open("thermal");
        signIn(TOKEN);
        wait(15).until(d -> rows("#thermal-map .tile").size() == 56);

        Map<String, String> expected = new HashMap<>();
        Map<String, Boolean> moving = new HashMap<>();
        jdbc.queryForList("SELECT model_id, current_state, is_transitioning FROM thermal_states").forEach(r -> {
            expected.put((String) r.get("model_id"), (String) r.get("current_state"));
            moving.put((String) r.get("model_id"), (Boolean) r.get("is_transitioning"));
        });
        List<Map<String, String>> tiles = elements("#thermal-map .tile");
        Map<String, String> shown = tiles.stream().collect(Collectors.toMap(t -> t.get("modelId"), t -> t.get("state")));
        assertThat(shown).hasSize(56).isEqualTo(expected);
        assertThat(expected.values()).contains("HOT", "WARM", "COLD", "OFF");
        for (Map<String, String> tile : tiles) {
            String model = tile.get("modelId");
            assertThat(tile.get("transitioning")).as(model).isEqualTo(String.valueOf(moving.get(model)));
            assertThat(tile.get("text")).contains("warm-up");
        }
        assertThat(moving.values()).contains(true);
        screenshot("thermal");
    }

    @Test
    @Order(4)
    void aSyncTriggeredFromThePageAppearsInTheHistory() {
        open("syncs");
        signIn(TOKEN);
        wait(15).until(d -> !rows("#syncs-table tbody tr[data-sync-id]").isEmpty());
        // the outbox's figures: the event EventBridge refused for good is counted as dead
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("outbox-dead"), "1 dead"));
        assertThat(driver.findElement(By.id("outbox-pending")).getText()).startsWith("outbox: ");
        driver.findElement(By.id("sync-run-pricing")).click();

        String syncId = wait(15).until(d -> jdbc.queryForList("SELECT id::text FROM registry_sync_log "
                + "WHERE sync_type = 'pricing' AND trigger = 'api'", String.class).stream().findFirst().orElse(null));
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), syncId));
        wait(30).until(d -> {
            List<WebElement> row = rows("#syncs-table tr[data-sync-id='" + syncId + "']");
            return !row.isEmpty() && "completed".equals(row.get(0).getAttribute("data-status"));
        });
        assertThat(jdbc.queryForObject("SELECT status FROM registry_sync_log WHERE id = ?::uuid", String.class, syncId))
                .isEqualTo("completed");
        screenshot("syncs");
    }

    @Test
    @Order(5)
    void anApprovalFromThePageChangesTheDatabase() {
        open("review");
        signIn(TOKEN);
        String reviewId = jdbc.queryForObject("SELECT id::text FROM model_review_queue WHERE model_id = 'gpt-5.1-mini'",
                String.class);
        By card = By.cssSelector("#review-list article[data-review-id='" + reviewId + "']");
        WebElement entry = wait(15).until(ExpectedConditions.visibilityOfElementLocated(card));
        assertThat(entry.getText()).contains("openai / gpt-5.1-mini", "contextWindow", "400000", "models.dev");
        screenshot("review");

        entry.findElement(By.tagName("textarea")).sendKeys("Checked against the provider's launch notes");
        entry.findElement(By.cssSelector("button.approve")).click();

        wait(15).until(d -> "approved".equals(jdbc.queryForObject(
                "SELECT status FROM model_review_queue WHERE id = ?::uuid", String.class, reviewId)));
        assertThat(jdbc.queryForObject("SELECT decision_note FROM model_review_queue WHERE id = ?::uuid", String.class,
                reviewId)).isEqualTo("Checked against the provider's launch notes");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM models WHERE provider_id = 'openai' AND model_id = 'gpt-5.1-mini'",
                Integer.class)).isEqualTo(1);
        wait(10).until(ExpectedConditions.invisibilityOfElementLocated(card));
    }

    @Test
    @Order(6)
    void aSetHeldAsOneDecisionIsOneCardNamingItsSize() {
        open("review");
        signIn(TOKEN);
        WebElement entry = wait(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-list article[data-kind='held_changes']")));
        assertThat(entry.findElement(By.tagName("h3")).getText()).contains("google: 2 lifecycle value(s), one decision");
        assertThat(entry.getText()).contains("gemini-1.5-pro", "2025-09-24");
    }

    @Test
    @Order(6)
    void serverTextIsShownAsTextNeverAsMarkup() {
        open("review");
        signIn(TOKEN);
        By hostile = By.cssSelector("#review-list article[data-kind='deprecation']");
        WebElement entry = wait(15).until(ExpectedConditions.visibilityOfElementLocated(hostile));

        assertThat(entry.getText()).contains(HOSTILE);
        assertThat(driver.findElements(By.cssSelector("#review-list img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#review-list b"))).isEmpty();
        assertThat(driver.getTitle()).isNotEqualTo("pwned");
    }

    @Test
    @Order(7)
    void selectionPlaygroundShowsTheSelectedModelAndTheExplanationOrWhyItIsMissing() {
        open("select");
        signIn(TOKEN);
        driver.findElement(By.id("select-run")).click();

        WebElement answer = wait(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#select-answer table.kv")));
        assertThat(answer.getText()).contains("modelId", "selectionReason");
        WebElement explain = wait(15).until(d -> {
            List<WebElement> done = d.findElements(By.cssSelector("#explain-answer table, #explain-answer #explain-missing"));
            return done.isEmpty() ? null : done.get(0);
        });
        if ("explain-missing".equals(explain.getAttribute("id"))) {
            assertThat(explain.getText()).contains("404");
        } else {
            assertThat(driver.findElement(By.id("explain-answer")).getText()).contains("rank");
        }
        screenshot("select");
    }

    @Test
    @Order(8)
    void aNarrowScreenGetsNoPageWideHorizontalScrolling() {
        HeadlessChromium.viewport(driver, 390, 844);
        try {
            open("thermal");
            signIn(TOKEN);
            wait(15).until(d -> rows("#thermal-map .tile").size() == 56);
            for (String view : List.of("providers", "syncs", "review", "thermal")) {
                driver.findElement(By.cssSelector(".tab[data-view='" + view + "']")).click();
                wait(15).until(d -> !d.findElement(By.id("updated")).getText().startsWith("Not loaded"));
                Object overflow = driver.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(((Number) overflow).longValue()).as(view).isLessThanOrEqualTo(0L);
            }
            screenshot("narrow-thermal");
        } finally {
            HeadlessChromium.viewport(driver, 1280, 800);
        }
    }

    @Test
    @Order(9)
    void theBarePathServesThePageWithoutAToken() {
        driver.get("http://localhost:" + port + "/admin");
        wait(10).until(ExpectedConditions.presenceOfElementLocated(By.id("token-form")));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/#providers");
    }

    /**
     * The elements' data-* attributes, text and (for a row) its status cell, read in one script so that a
     * refresh of the view in between cannot leave half-read, stale elements.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, String>> elements(String css) {
        return (List<Map<String, String>>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => {"
                + " const m = Object.assign({}, e.dataset); m.text = e.innerText;"
                + " const status = e.querySelector('td.status'); if (status) m.status = status.innerText.trim();"
                + " return m; });", css);
    }

    private List<WebElement> rows(String css) {
        return driver.findElements(By.cssSelector(css));
    }
}
