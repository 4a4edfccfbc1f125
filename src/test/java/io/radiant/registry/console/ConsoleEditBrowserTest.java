package io.radiant.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.radiant.registry.support.Http;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The console's edit form in a real headless Chromium against the whole service: a price edited from the page
 * lands in the database with source admin; a change made meanwhile answers 412 and the page shows it without
 * overwriting it; a model disabled with one click leaves the selection playground's answer; the audit log view
 * lists the changes. The edit form and the audit log are photographed like the other views (-Dconsole.screenshots).
 */
@TestPropertySource(properties = "registry.admin-token=" + ConsoleEditBrowserTest.TOKEN)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleEditBrowserTest extends ConsoleBrowserContext {

    static final String TOKEN = "console-edit-test-token-5c2e";
    static final String PROVIDER = "ce-prov";
    static final String CAP = "console_edit_cap";


    @Test
    @Order(1)
    void aPriceEditedInTheFormIsSavedWithItsSourceAndAChangeMadeMeanwhileIsShownNotOverwritten() {
        seed();
        openEditor("ce-a");
        WebElement priceRow = driver.findElement(By.cssSelector("#edit-form tr[data-field='inputCostPer1k']"));
        assertThat(priceRow.getText()).contains("curated");
        screenshot("edit-form");

        type("edit-inputCostPer1k", "0.0042");
        type("edit-reason", "vendor pricing page, December");
        driver.findElement(By.id("edit-save")).click();

        wait(15).until(d -> "0.00420000".equals(price("ce-a")));
        wait(15).until(d -> d.findElement(By.cssSelector("#edit-form tr[data-field='inputCostPer1k']")).getText()
                .contains("admin"));
        assertThat(driver.findElement(By.cssSelector("#edit-form tr[data-field='inputCostPer1k']")).getText())
                .contains("vendor pricing page, December");

        // someone else changes the price while this form is open
        String id = id("ce-a");
        Http http = new Http(port);
        Http.Answer current = http.get("/api/v2/admin/registry/models/" + id, "Authorization", "Bearer " + TOKEN);
        Http.Answer theirs = http.send("PATCH", "/api/v2/admin/registry/models/" + id, "application/json",
                "{\"changes\":{\"inputCostPer1k\":0.0777},\"reason\":\"contract price for Bob's team\"}",
                "Authorization", "Bearer " + TOKEN, "If-Match", current.header("ETag"), "X-Actor", "bob");
        assertThat(theirs.status()).isEqualTo(200);

        type("edit-inputCostPer1k", "0.0555");
        type("edit-reason", "my correction");
        driver.findElement(By.id("edit-save")).click();

        WebElement conflict = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-conflict")));
        assertThat(conflict.getText()).contains("412").contains("bob").contains("contract price for Bob's team")
                .contains("0.0777").contains("0.0555");
        assertThat(price("ce-a")).isEqualTo("0.07770000");
        assertThat(driver.findElement(By.id("edit-inputCostPer1k")).getAttribute("value")).isEqualTo("0.0777");
        screenshot("edit-conflict");
    }

    @Test
    @Order(2)
    void aModelDisabledWithOneClickLeavesTheSelectionPlaygroundsAnswer() {
        assertThat(playground()).isEqualTo("ce-a");

        openEditor("ce-a");
        type("edit-reason", "misbehaving since 09:00");
        driver.findElement(By.id("edit-toggle")).click();

        wait(15).until(d -> Boolean.FALSE.equals(jdbc.queryForObject(
                "SELECT enabled FROM models WHERE provider_id = ? AND model_id = 'ce-a'", Boolean.class, PROVIDER)));
        wait(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit-enabled"), "disabled"));
        assertThat(playground()).isEqualTo("ce-b");
    }

    @Test
    @Order(3)
    void theAuditLogViewListsTheChanges() {
        open("audit");
        signIn(TOKEN);
        WebElement filter = driver.findElement(By.cssSelector("#audit-filter input[name='providerId']"));
        filter.clear();
        filter.sendKeys(PROVIDER);
        driver.findElement(By.cssSelector("#audit-filter button")).click();
        wait(15).until(d -> d.findElements(By.cssSelector("#audit-table tbody tr[data-kind]")).size() == 3);
        String text = driver.findElement(By.id("audit-table")).getText();
        assertThat(text).contains("misbehaving since 09:00").contains("contract price for Bob's team").contains("bob")
                .contains("vendor pricing page, December");
        screenshot("audit");
    }

    private String playground() {
        open("select");
        signIn(TOKEN);
        WebElement caps = driver.findElement(By.cssSelector("#select-form input[name='requiredCapabilities']"));
        caps.clear();
        caps.sendKeys(CAP);
        WebElement tier = driver.findElement(By.cssSelector("#select-form input[name='tenantTier']"));
        tier.clear();
        tier.sendKeys("5");
        // the answer reflects a change committed a moment ago: selection reloads on the change's notification
        return wait(15).until(d -> {
            d.findElement(By.id("select-run")).click();
            String shown = wait(5).until(x -> {
                var answers = x.findElements(By.cssSelector("#select-answer table.kv"));
                return answers.isEmpty() ? null : answers.get(0).getText();
            });
            for (String candidate : new String[] {"ce-a", "ce-b"}) {
                if (shown.contains(candidate)) {
                    return expected(candidate) ? candidate : null;
                }
            }
            return null;
        });
    }

    /** The model selection must answer now: the enabled one of ce-a (first by id) and ce-b. */
    private boolean expected(String candidate) {
        Boolean aEnabled = jdbc.queryForObject("SELECT enabled FROM models WHERE provider_id = ? AND model_id = 'ce-a'",
                Boolean.class, PROVIDER);
        return candidate.equals(Boolean.TRUE.equals(aEnabled) ? "ce-a" : "ce-b");
    }

    private void openEditor(String modelId) {
        open("models");
        signIn(TOKEN);
        WebElement search = driver.findElement(By.cssSelector("#models-filter input[name='search']"));
        search.clear();
        search.sendKeys(modelId);
        driver.findElement(By.cssSelector("#models-filter button")).click();
        By edit = By.cssSelector("#models-table tr[data-model-id='" + modelId + "'] button.edit-model");
        // the list is re-rendered by the filter and by the view's refresh: click the row as it is now
        wait(15).until(d -> {
            try {
                d.findElement(edit).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
        wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-form")));
    }

    private void seed() {
        jdbc.update("INSERT INTO providers (id, display_name, api_base_url, compliance) VALUES (?, 'Console Edit Co', "
                + "'https://ce.test/v1', '{SOC2}')", PROVIDER);
        jdbc.update("INSERT INTO provider_health (provider_id, status, avg_latency_ms) VALUES (?, 'healthy', 120)", PROVIDER);
        for (String model : new String[] {"ce-a", "ce-b"}) {
            jdbc.update("INSERT INTO models (provider_id, model_id, litellm_id, name, display_name, category, capabilities, "
                    + "input_modalities, output_modalities, context_window, input_cost_per_1k, output_cost_per_1k) "
                    + "VALUES (?, ?, ?, ?, ?, 'llm', ARRAY['chat', ?], '{text}', '{text}', 128000, 0.003, 0.015)",
                    PROVIDER, model, "ce/" + model, model, "Console Edit " + model.toUpperCase(), CAP);
        }
    }

    private String id(String modelId) {
        return jdbc.queryForObject("SELECT id::text FROM models WHERE provider_id = ? AND model_id = ?", String.class,
                PROVIDER, modelId);
    }

    private String price(String modelId) {
        return jdbc.queryForObject("SELECT input_cost_per_1k::text FROM models WHERE provider_id = ? AND model_id = ?",
                String.class, PROVIDER, modelId);
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
