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
 * missing, month by month over a year, sees the chart and the table, and downloads the table to
 * publish as CSV and XLSX, which state the suppression rules applied.
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
        page.getByLabel("Year").selectOption(new SelectOption().setIndex(0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#statistics-table caption")).containsText("Children who went missing");
        assertThat(page.getByLabel("Indicator")).hasValue("WENT_MISSING");
        assertThat(page.locator("#statistics-rules")).containsText("Counts from 1 to 10 are not shown");
        assertThat(page.locator("#statistics-chart svg")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/statistics-chart.png")).setFullPage(true));
        assertAccessible(page);
        String year = page.getByLabel("Year").inputValue();

        var download = page.waitForDownload(() -> page.locator("#download-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("# Children who went missing, " + year).contains("\n" + year + "-01,", "\ntotal,");

        var workbook = page.waitForDownload(() -> page.locator("#download-xlsx").click());
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.path().toFile())) {
            var sheet = xlsx.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Children who went missing");
            assertThat(java.util.stream.IntStream.rangeClosed(0, sheet.getLastRowNum())
                    .mapToObj(i -> sheet.getRow(i) == null ? "" : sheet.getRow(i).getCell(0).getStringCellValue()))
                    .anyMatch(line -> line.startsWith("Counts from 1 to 10 are not shown"));
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("total");
        }
    }
}
