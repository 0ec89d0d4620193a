package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.casework.CaseFiles;
import org.haven.casework.CarePlans;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * Sharing part of a case with another agency, clicked through: the lead caseworker shares the care
 * plan with the NGO that arranges the child's therapy (a reason too short first), the NGO worker
 * finds the case among those shared with their agency and reads the plan without being able to
 * change it, and the lead ends the share, which closes the case to the NGO at once.
 */
@HavenIntegrationTest
@Tag("browser")
class SharingJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CaseFiles caseFiles;
    @Autowired CarePlans carePlans;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;

    @Test
    void a_caseworker_shares_the_care_plan_with_an_ngo_for_a_week_and_ends_it() {
        var lead = demoUsers.user("caseworker");
        var id = caseFiles.open(lead, new NewCase(new ChildDetails("Luminita", "Share", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(15, 16, LocalDate.now(clock)), List.of("RO"), List.of("ro")),
                lead.organisationId().value(), "Found at a car wash"));
        carePlans.write(lead, id, new CarePlans.CarePlan(LocalDate.now(clock), "Trauma therapy in Romanian",
                null, null, "Start school in January", null, List.of(), 0), 0);
        String until = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo"))).plusDays(7).toString();

        Page page = browser.page();
        Browser.signIn(page, port, "caseworker");
        page.navigate("http://localhost:" + port + "/cases/" + id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Shared with other agencies")).click();
        assertThat(page.locator("#no-shares")).isVisible();
        page.getByLabel("Agency").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Safe Steps Outreach (demo NGO)"));
        page.getByLabel("Health, assessment and care plan").check();
        page.getByLabel("Until the end of").fill(until);
        page.getByLabel("Why").fill("therapy");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
        assertThat(page.locator(".govuk-error-summary")).containsText("at least 20 characters");
        assertThat(page.getByLabel("Why")).hasValue("therapy");
        assertThat(page.getByLabel("Health, assessment and care plan")).isChecked();
        assertAccessible(page);
        page.getByLabel("Why").fill("The outreach team arranges her therapy and school start");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
        assertThat(page.locator("#shares")).containsText("Safe Steps Outreach");
        assertAccessible(page);

        Page ngo = browser.newPhonePage();
        Browser.signIn(ngo, port, "ngo");
        ngo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cases shared with your agency")).click();
        assertThat(ngo.locator("#shared-cases")).containsText("arranges her therapy");
        assertAccessible(ngo);
        ngo.locator("#shared-cases tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("arranges her therapy")).locator("a").click();
        assertThat(ngo.locator("#shared-banner")).isVisible();
        assertThat(ngo.locator("body")).containsText("Luminita Share");
        assertAccessible(ngo);
        ngo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assessment and care plan")).click();
        assertThat(ngo.getByLabel("Needs")).hasValue("Trauma therapy in Romanian");
        assertThat(ngo.getByLabel("Needs")).isDisabled();
        assertThat(ngo.locator("#shared-read-only")).isVisible();
        assertAccessible(ngo);

        String carePlan = ngo.url();

        Page again = browser.newPhonePage();
        Browser.signIn(again, port, "caseworker");
        again.navigate("http://localhost:" + port + "/cases/" + id + "/shares");
        again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End now Safe Steps Outreach (demo NGO)")).click();
        assertThat(again.locator("#shares")).containsText("Ended by");
        assertAccessible(again);

        Page ngoAgain = browser.newPhonePage();
        Browser.signIn(ngoAgain, port, "ngo");
        ngoAgain.navigate(carePlan);
        assertThat(ngoAgain.locator("body")).not().containsText("Trauma therapy in Romanian");
    }
}
