package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.intake.ConfidentialReports;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

@HavenIntegrationTest
@Tag("browser")
class ChildReportJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired ConfidentialReports reports;
    @Autowired DemoUsers demoUsers;

    @Test
    void a_child_reports_in_arabic_without_an_account_and_later_reads_the_answer_with_the_code() {
        Page page = browser.newPhonePage();
        page.navigate("http://localhost:" + port + "/report?lang=ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("h1")).hasText("أخبرنا إذا كان طفل في خطر");
        assertAccessible(page);

        page.getByLabel("ماذا يحدث؟").fill("رجل يأخذ كل المال الذي أجمعه في المحطة");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("إرسال")).click();
        String code = page.locator("#receipt-code").textContent().strip();
        assertThat(page.locator("h1")).hasText("وصلتنا رسالتك");
        assertAccessible(page);

        var coordinator = demoUsers.user("coordinator");
        var report = reports.inbox(coordinator).stream()
                .filter(r -> reports.read(coordinator, r.id()).messages().get(0).text().startsWith("رجل يأخذ"))
                .findFirst().orElseThrow();
        reports.answer(coordinator, report.id(), "نحن هنا لمساعدتك. هل أنت بأمان الآن؟");

        page.context().clearCookies();
        page.navigate("http://localhost:" + port + "/report/follow-up?lang=ar");
        page.getByLabel("رمزك").fill(code.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("فتح")).click();
        assertThat(page.locator("main")).containsText("نحن هنا لمساعدتك. هل أنت بأمان الآن؟");
        assertThat(page.locator("main")).containsText("رجل يأخذ كل المال الذي أجمعه في المحطة");
        assertAccessible(page);
    }

    @Test
    void a_child_reads_their_rights_in_ukrainian_and_complains_about_how_they_were_treated() {
        Page page = browser.newPhonePage();
        page.navigate("http://localhost:" + port + "/report?lang=uk");
        page.locator("main a[href='/report/rights']").click();
        assertThat(page.locator("h1")).hasText("Твої права і що буде далі");
        assertThat(page.locator("#rights + ul li")).hasCount(8);
        assertThat(page.locator("main")).containsText("116 111");
        assertAccessible(page);

        page.locator("a[href='/report?kind=COMPLAINT']").click();
        assertThat(page.locator("#kind-COMPLAINT")).isChecked();
        page.locator("#text").fill("Поліцейський кричав на мене і не покликав перекладача");
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#receipt-code")).isVisible();
        assertAccessible(page);
    }
}
