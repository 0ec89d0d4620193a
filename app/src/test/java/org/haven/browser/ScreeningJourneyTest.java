package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

@HavenIntegrationTest
@Tag("browser")
class ScreeningJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired org.haven.casework.CaseFiles caseFiles;
    @org.springframework.beans.factory.annotation.Autowired DemoUsers demoUsers;

    @Test
    void a_caseworker_screens_a_begging_child_who_seems_happy_and_decides_presumed_victim() {
        // A case the caseworker leads, newest on their list (demo data makes them case support person elsewhere,
        // a part that does not decide).
        var lead = demoUsers.user("caseworker2");
        caseFiles.open(lead, new org.haven.casework.NewCase(new org.haven.person.ChildDetails("Marius", "Screening",
                java.util.List.of(), org.haven.person.Sex.MALE, org.haven.person.DateOfBirth.estimatedAge(11, 13, java.time.LocalDate.now()),
                java.util.List.of("RO"), java.util.List.of("ro")), lead.organisationId().value(), "Begging at the central station"));
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/sign-in");
        page.getByLabel("Username").fill("caseworker2");
        page.getByLabel("Password").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Screening for signs of exploitation")).click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a screening")).click();
        assertAccessible(page);

        page.getByLabel("An adult regularly collects the money").check();
        page.getByLabel("Child must bring in a fixed amount of money each day").check();
        page.getByLabel("Child appears happy").check();
        page.getByLabel("Source").selectOption("PROFESSIONAL_OBSERVATION");
        page.getByLabel("Note").fill("Seen every day outside the central station");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record").setExact(true)).click();

        assertThat(page.locator("#suggestion")).containsText("Reasonable grounds: presumed victim");
        assertThat(page.locator("#suggestion")).containsText("never lowers the outcome");
        assertAccessible(page);

        page.getByLabel("Presumed victim").check();
        page.getByLabel("Reasons for the decision").fill("Two strong begging indicators; appearing happy does not count against");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The decision has been recorded");
        assertThat(page.locator(".govuk-summary-list")).containsText("Presumed victim");
        assertThat(page.locator(".govuk-summary-list")).containsText("Possible");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the case")).click();
        assertThat(page.locator("#tasks + table")).containsText("Do not release the child to an unverified adult");
        assertThat(page.locator("#tasks + table")).containsText("Request a guardian for the child");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Age assessment")).click();
        assertThat(page.locator("h1")).hasText("Age assessment");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Queue")).click();
        assertThat(page.locator("h1")).hasText("Our agency's queue");
        assertThat(page.locator("#queue tbody")).containsText("Arrange safe, specialised accommodation");
        assertAccessible(page);
    }
}
