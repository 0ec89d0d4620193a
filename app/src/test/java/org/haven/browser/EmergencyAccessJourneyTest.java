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
 * Break-glass, clicked through: a police officer at night is refused a case, opens it in an
 * emergency after giving a reason (a too-short one first), sees who is responsible for the child;
 * the data-protection auditor then reviews the use.
 */
@HavenIntegrationTest
@Tag("browser")
class EmergencyAccessJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;

    private void signIn(Page page, String username) {
        Browser.signIn(page, port, username);
    }

    @Test
    void a_police_officer_opens_a_case_in_an_emergency_and_the_auditor_reviews_it() {
        var lead = demoUsers.user("caseworker");
        var id = caseFiles.open(lead, new NewCase(new ChildDetails("Florentina", "Dobre", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(15, 16, LocalDate.now()), List.of("RO"), List.of("ro")),
                lead.organisationId().value(), "Found at a car wash"));

        Page page = browser.page();
        signIn(page, "police");
        page.navigate("http://localhost:" + port + "/cases/" + id);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("No access"))).isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open this case in an emergency")).click();

        page.getByLabel("Why do you need this case now?").fill("urgent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 20 characters");
        assertThat(page.getByLabel("Why do you need this case now?")).hasValue("urgent");
        assertAccessible(page);
        page.getByLabel("Why do you need this case now?")
                .fill("urgent: the girl was seen getting into a van at 03:00, the team does not answer");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the case")).click();

        assertThat(page.locator("#emergency-banner")).containsText("Emergency access until");
        assertThat(page.locator("#team")).isVisible();
        assertThat(page.locator("body")).containsText("Ingrid Berg");
        assertAccessible(page);

        Page auditor = browser.newPhonePage();
        signIn(auditor, "auditor");
        auditor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Emergency access")).first().click();
        var use = auditor.locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("seen getting into a van"));
        assertThat(use).containsText("To review");
        assertAccessible(auditor);
        use.getByLabel("Justified", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        use.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Record the review")).click();
        assertThat(auditor.locator(".govuk-summary-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("seen getting into a van"))).not().containsText("To review");
    }
}
