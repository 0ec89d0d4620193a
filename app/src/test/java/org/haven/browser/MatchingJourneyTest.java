package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.casework.CaseFiles;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * The same child known to the police in Cyrillic and to child welfare in Latin letters, clicked
 * through: the coordinator finds the possible match, compares the records side by side, merges
 * them, then finds it was wrong and undoes the merge, giving the reason.
 */
@HavenIntegrationTest
@Tag("browser")
class MatchingJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;

    private void signIn(Page page, String username) {
        Browser.signIn(page, port, username);
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void a_coordinator_merges_two_records_of_one_child_and_undoes_the_merge_with_a_reason() {
        var lead = demoUsers.user("caseworker");
        var born = LocalDate.of(2010, 8, 17);
        caseFiles.open(lead, new NewCase(new ChildDetails("Ярослава", "Квітковська", List.of(), Sex.FEMALE,
                DateOfBirth.exact(born), List.of("UA"), List.of("uk")), lead.organisationId().value(),
                "Found by police at a car wash"));
        caseFiles.open(lead, new NewCase(new ChildDetails("Yaroslava", "Kvitkovska", List.of(), Sex.FEMALE,
                DateOfBirth.exact(born), List.of("UA"), List.of("uk")), lead.organisationId().value(),
                "Referred by an NGO shelter"));

        Page page = browser.page();
        signIn(page, "coordinator");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Possible same child")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Possible same child"))).isVisible();
        assertAccessible(page);

        page.navigate(page.url());
        var reviewLinks = page.locator("#waiting a");
        boolean found = false;
        for (int i = 0; i < reviewLinks.count() && !found; i++) {
            reviewLinks.nth(i).click();
            found = page.locator("#side-by-side").textContent().contains("Kvitkovska");
            if (!found) {
                page.goBack();
            }
        }
        assertThat(page.locator("#side-by-side")).containsText("Ярослава Квітковська");
        assertThat(page.locator("#reasons")).containsText("family name kvitkovska");
        assertAccessible(page);

        button(page, "Save decision");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Choose whether this is the same child");
        page.getByLabel("What you based this on (optional)").fill("Same photo in both files");
        page.getByLabel("The same child: merge the records").check();
        button(page, "Save decision");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Merged");
        assertAccessible(page);

        button(page, "Undo the merge");
        assertThat(page.locator(".govuk-error-summary")).containsText("Say why the merge is being undone");
        page.getByLabel("Why are they two children after all?").fill("Different mothers in the birth certificates");
        button(page, "Undo the merge");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The merge is undone");
        assertThat(page.locator("body")).containsText("Different mothers in the birth certificates");

        page.locator(".govuk-back-link").click();
        assertThat(page.locator("#decided")).containsText("Merge undone");
        assertAccessible(page);
    }
}
