package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.haven.support.Browser;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * The national coordinator, clicked through: opens the statistics, asks for children who went
 * missing by age band over a period (a reversed period first), and downloads the table to publish,
 * which states the suppression rules applied.
 */
@HavenIntegrationTest
@Tag("browser")
class StatisticsJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;

    @Test
    void the_coordinator_filters_the_statistics_and_downloads_the_publishable_table() throws Exception {
        Page page = browser.page();
        Browser.signIn(page, port, "coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics").setExact(true)).click();
        assertThat(page.locator("#statistics-table")).isVisible();
        assertAccessible(page);

        page.getByLabel("Indicator").selectOption(new SelectOption().setLabel("Children who went missing"));
        page.getByLabel("Broken down by").selectOption(new SelectOption().setLabel("Month (trend)"));
        page.getByLabel("From").fill("2026-12-31");
        page.getByLabel("To (including)").fill("2026-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("the last not before the first");
        assertThat(page.getByLabel("Indicator")).hasValue("WENT_MISSING");
        assertAccessible(page);

        page.getByLabel("From").fill("2020-01-01");
        page.getByLabel("To (including)").fill("2029-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#statistics-table caption")).containsText("Children who went missing");
        assertThat(page.locator("#statistics-rules")).containsText("Counts from 1 to 10 are not shown");
        assertThat(page.locator("#statistics-chart svg")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/statistics-chart.png")).setFullPage(true));
        assertAccessible(page);

        var download = page.waitForDownload(() -> page.locator("#download-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("# Children who went missing, 2020-01-01 to 2029-12-31").contains("\n2026-01,", "\ntotal,");

        var workbook = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.path().toFile())) {
            var sheet = xlsx.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Children who went missing");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Counts from 1 to 10 are not shown");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("total");
        }
    }
}
