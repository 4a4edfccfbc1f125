package io.radiant.registry.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The console's "Prices & cost" view in a real headless Chromium: a model's price components and their
 * history charts (inline SVG) as the database holds them, and the cost calculator's answer from the cost
 * endpoint, checked against a hand-computed figure.
 */
@TestPropertySource(properties = "registry.admin-token=" + ConsoleCostBrowserTest.TOKEN)
class ConsoleCostBrowserTest extends ConsoleBrowserContext {

    static final String TOKEN = "console-cost-test-token-5a1e";


    @Test
    void theModelViewChartsEachPriceComponentsHistoryAndItsCalculatorAsksTheCostEndpoint() {
        // Claude Sonnet 4 with a cache-read price that fell twice and the 200k tier (list prices per 1k tokens)
        jdbc.update("UPDATE models SET cache_read_cost_per_1k = 0.0003, cache_write_cost_per_1k = 0.00375, "
                + "price_tiers = '[{\"aboveInputTokens\": 200000, \"input\": 0.006, \"output\": 0.0225, \"cacheRead\": 0.0006}]' "
                + "WHERE provider_id = 'anthropic' AND model_id = 'claude-sonnet-4-20250514'");
        jdbc.update("INSERT INTO model_field_sources (provider_id, model_id, field, source, value) VALUES "
                + "('anthropic', 'claude-sonnet-4-20250514', 'cache_read_cost_per_1k', 'litellm', '0.0003')");
        jdbc.update("INSERT INTO model_price_history (provider_id, model_id, field, old_value, new_value, source, changed_at) VALUES "
                + "('anthropic', 'claude-sonnet-4-20250514', 'cache_read_cost_per_1k', NULL, 0.0005, 'models.dev', now() - interval '40 days'), "
                + "('anthropic', 'claude-sonnet-4-20250514', 'cache_read_cost_per_1k', 0.0005, 0.0004, 'litellm', now() - interval '20 days'), "
                + "('anthropic', 'claude-sonnet-4-20250514', 'cache_read_cost_per_1k', 0.0004, 0.0003, 'litellm', now() - interval '2 days'), "
                + "('anthropic', 'claude-sonnet-4-20250514', 'cache_write_cost_per_1k', NULL, 0.00375, 'litellm', now() - interval '2 days')");

        open("prices");
        signIn(TOKEN);
        By row = By.cssSelector("#prices-table tr[data-model-id='claude-sonnet-4-20250514']");
        wait(15).until(ExpectedConditions.elementToBeClickable(row)).click();

        WebElement cacheRead = wait(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#model-prices tr[data-component='cacheRead']")));
        assertThat(cacheRead.getText()).contains("0.0003").contains("litellm");
        assertThat(driver.findElement(By.cssSelector("#model-prices tr[data-component='tier']")).getText())
                .contains("200000").contains("0.006");
        // one chart per price field, each an inline SVG whose steps are the recorded changes
        List<WebElement> charts = driver.findElements(By.cssSelector("#price-charts svg.price-chart"));
        assertThat(charts).extracting(c -> c.getAttribute("data-field"))
                .containsExactlyInAnyOrder("cache_read_cost_per_1k", "cache_write_cost_per_1k");
        WebElement cacheChart = driver.findElement(By.cssSelector("svg.price-chart[data-field='cache_read_cost_per_1k']"));
        assertThat(cacheChart.findElements(By.tagName("circle"))).hasSize(3);
        assertThat(cacheChart.findElement(By.tagName("path")).getAttribute("d")).startsWith("M ").contains(" H ").contains(" V ");
        assertThat(driver.findElements(By.cssSelector("script[src^='http']"))).isEmpty();

        // 300k input (100k from the cache), 1k output: over 200k the tier prices everything:
        // 200k × 0.006/1k = 1.2; 100k × 0.0006/1k = 0.06; 1k × 0.0225/1k = 0.0225; total 1.2825
        WebElement input = driver.findElement(By.cssSelector("#cost-form input[name='inputTokens']"));
        input.clear();
        input.sendKeys("300000");
        WebElement cached = driver.findElement(By.cssSelector("#cost-form input[name='cachedInputTokens']"));
        cached.clear();
        cached.sendKeys("100000");
        driver.findElement(By.id("cost-run")).click();
        WebElement total = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("cost-total")));
        assertThat(total.getText()).contains("Total 1.2825 USD").contains("above 200000");
        assertThat(driver.findElement(By.cssSelector("#cost-lines tr[data-component='cached_input']")).getText())
                .contains("100000").contains("0.06");
        screenshot("models-cost");

        // a part larger than its whole: the endpoint's 400 is shown, naming the field
        cached.clear();
        cached.sendKeys("400000");
        driver.findElement(By.id("cost-run")).click();
        WebElement error = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("cost-error")));
        assertThat(error.getText()).contains("400").contains("cachedInputTokens");
    }
}
