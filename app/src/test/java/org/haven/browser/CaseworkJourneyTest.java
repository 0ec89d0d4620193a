package org.haven.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/** Whole journeys, clicked through in a real browser, with every page checked by axe-core. */
@HavenIntegrationTest
@Tag("browser")
class CaseworkJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    private Page signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasTitle("Sign in – Haven");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        return page;
    }

    @Test
    void a_caseworker_finds_a_case_corrects_the_childs_name_and_sees_it_in_the_case_history() {
        browser.page().navigate("http://localhost:" + port + "/sign-in");
        assertAccessible(browser.page());
        Page page = signIn(browser.page(), "caseworker");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My cases"))).isVisible();
        assertAccessible(page);

        page.getByLabel("Find by name").fill("ivanov");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("tbody tr").first()).containsText("Иванов");
        assertAccessible(page);

        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The child"))).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Correct the child's details")).click();
        assertAccessible(page);
        page.getByLabel("Family name").fill("Ivanova");
        page.getByLabel("Other names and spellings").fill("Иванова\nIvanova (school record)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The child's details have been saved");
        assertThat(page.locator("h1")).containsText("Ivanova");
        assertThat(page.locator("#history + table")).containsText("Corrected the child's details");
        assertThat(page.locator("#history + table tbody tr").first()).containsText("caseworker");
        assertAccessible(page);
    }

    @Test
    void the_case_list_narrows_while_a_name_is_typed() {
        Page page = signIn(browser.page(), "caseworker");
        page.getByLabel("Find by name").pressSequentially("ivanov", new Locator.PressSequentiallyOptions().setDelay(40));

        assertThat(page).hasURL(Pattern.compile(".*q=ivanov.*"));
        assertThat(page.locator("tbody tr").first()).isVisible();
        assertThat(page.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHasNotText(Pattern.compile("Иванов|Ivanov", Pattern.CASE_INSENSITIVE)))).hasCount(0);
    }

    @Test
    void everything_works_without_javascript() {
        // axe-core needs JavaScript, so this journey checks behaviour only; the same pages are checked with it above.
        Page page = signIn(browser.newPageWithoutJavaScript(), "caseworker2");
        page.getByLabel("Find by name").fill("nguyen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change the case")).click();
        page.getByLabel("Follow-up").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The case has been saved");
        assertThat(page.locator("main .govuk-tag").first()).hasText("Follow-up");
    }

    @Test
    void a_form_with_mistakes_keeps_what_was_typed_and_says_what_to_fix() {
        Page page = signIn(browser.page(), "caseworker");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a case")).click();
        assertAccessible(page);
        page.getByLabel("Other names and spellings").fill("Малыш");
        page.getByLabel("Exact date").check();
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill("2");
        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2013");
        page.getByLabel("Why the case is open").fill("Found alone at the bus station at night");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();

        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a given name or a family name");
        assertThat(page.locator(".govuk-error-summary")).containsText("That date does not exist");
        assertThat(page.getByLabel("Other names and spellings")).hasValue("Малыш");
        assertThat(page.getByLabel("Why the case is open")).hasValue("Found alone at the bus station at night");
        assertAccessible(page);

        page.getByLabel("Given names").fill("Малыш");
        page.getByLabel("Day").fill("28");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();
        assertThat(page.locator("h1")).containsText("Малыш");
        assertThat(page.locator(".govuk-tag--yellow")).containsText("Treated as a child");
    }

    @Test
    void an_auditor_finds_who_opened_which_case_in_the_audit_log() {
        Page page = signIn(browser.page(), "auditor");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
        assertAccessible(page);
        page.getByLabel("User").fill("caseworker");
        page.getByLabel("Action starts with").fill("case.opened");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("tbody tr").first()).containsText("case.opened");
        assertAccessible(page);
    }

    @Test
    void a_user_switches_the_interface_to_swedish() {
        Page page = signIn(browser.page(), "caseworker");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("svenska")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Mina ärenden");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut")).click();
        assertThat(page.locator(".govuk-inset-text")).hasText("Du har loggat ut.");
        page.navigate("http://localhost:" + port + "/cases");
        assertThat(page).hasTitle(Pattern.compile("Logga in.*"));
    }
}
