package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.audit.Actor;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.casework.ProtectionStatus;
import org.haven.casework.Tasks;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * One case, one team, clicked through: presumed victim → team formed → conference → care plan →
 * interview → guardian appointed late → escalation seen by the coordinator → handover, nothing lost.
 */
@HavenIntegrationTest
@Tag("browser")
class MultiAgencyJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CaseFiles caseFiles;
    @Autowired Tasks tasks;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;

    private void signIn(Page page, String username) {
        page.navigate("http://localhost:" + port + "/sign-in");
        field(page, "Username").fill(username);
        field(page, "Password").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void a_team_works_one_case_from_presumption_to_handover_and_nothing_is_lost() {
        var lead = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(lead, new NewCase(new ChildDetails("Yasmin", "Haddad", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(14, 16, LocalDate.now(clock)), List.of("SY"), List.of("ar")),
                lead.organisationId().value(), "Forced criminality: carrying drugs for an older man"));
        caseFiles.recordProtectionStatus(Actor.system("screening"), id, ProtectionStatus.PRESUMED_VICTIM);
        String reference = caseFiles.current(lead, id).kase().reference();
        String caseUrl = "http://localhost:" + port + "/cases/" + id.value();
        var oslo = ZoneId.of("Europe/Oslo");
        String tomorrow = LocalDateTime.now(clock.withZone(oslo)).plusDays(1).withHour(10).withMinute(0)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        String today = LocalDate.now(clock.withZone(oslo)).toString();

        Page page = browser.page();
        signIn(page, "caseworker");
        page.navigate(caseUrl);
        assertThat(page.locator("#tasks + table")).containsText("A guardian is appointed and on the case team");

        // The team forms.
        field(page, "Person").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sgt. Nina Lund (demo)"));
        field(page, "Part in the team").selectOption("POLICE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.locator("#team ~ ul").first()).containsText("Sgt. Nina Lund");
        assertAccessible(page);

        // A conference hears the child; its action becomes a task for the police.
        link(page, "Case conferences");
        field(page, "When").fill(tomorrow);
        field(page, "Where").fill("Barnahus Oslo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
        assertAccessible(page);
        field(page, "The child attended").check();
        field(page, "The child's views, in their own words").fill("Jeg vil gå på skole. I want to go to school.");
        field(page, "Minutes").fill("One interview only, at Barnahus, with the guardian present.");
        page.locator("#actionText-0").fill("Book the Barnahus interview");
        page.locator("#actionOwner-0").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sgt. Nina Lund (demo)"));
        page.locator("#actionDue-0").fill(LocalDate.now(clock.withZone(oslo)).plusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record: actions become tasks")).click();
        assertThat(page.locator("#child-views")).containsText("I want to go to school");
        assertThat(page.locator("#actions")).containsText("Book the Barnahus interview");

        // The shared assessment and care plan.
        page.navigate(caseUrl + "/care-plan");
        field(page, "Assessed on").fill(today);
        field(page, "Needs").fill("A safe place away from the city centre; school; trauma support");
        field(page, "Goals").fill("Starts school in January; weekly therapy");
        page.locator("#service-new").selectOption("PSYCHOLOGICAL");
        field(page, "Agreed with the child and the guardian on").fill(today);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("saved");
        assertThat(field(page, "Needs")).hasValue("A safe place away from the city centre; school; trauma support");
        assertAccessible(page);

        // The interview is registered.
        page.navigate(caseUrl + "/interviews");
        field(page, "When").fill(LocalDateTime.now(clock.withZone(oslo)).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        field(page, "Interviewer").fill("Insp. Kari Aas");
        field(page, "Where").selectOption("BARNAHUS");
        field(page, "Video-recorded for use as evidence").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the interview")).click();
        assertThat(page.locator("#register")).containsText("Insp. Kari Aas");
        assertAccessible(page);
        signOut(page);

        // A day and more without a guardian: the step goes to the national coordinator.
        clock.advance(Duration.ofHours(26));
        tasks.escalateOverdue();
        signIn(page, "coordinator");
        link(page, "Coordination");
        assertAccessible(page);
        page.locator("#now a").nth(1).click();
        assertThat(page.locator("#lines")).containsText(reference);
        assertAccessible(page);
        signOut(page);

        // The guardian is appointed, late; the safeguards show it.
        signIn(page, "caseworker");
        page.navigate(caseUrl);
        field(page, "Person").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Per Olsen (demo)"));
        field(page, "Part in the team").selectOption("GUARDIAN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.locator("#tasks + table tr", new Page.LocatorOptions().setHasText("A guardian is appointed")))
                .containsText("Late");
        link(page, "Safeguards");
        assertThat(page.locator("#safeguard-INFORMATION_GUARDIAN_LEGAL_AID")).containsText("hours after the presumption");
        assertThat(page.locator("#safeguard-VIDEO_RECORDED_INTERVIEWS")).containsText("Met");
        assertAccessible(page);

        // Staff rotate: the lead hands over to a colleague, with a summary.
        page.navigate(caseUrl);
        field(page, "Who leaves").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ingrid Berg (demo) (Lead caseworker)"));
        field(page, "Who takes over").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Ola Nordmann (demo)"));
        field(page, "What the next person needs to know").fill("Yasmin trusts the guardian; never meet her near the station.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hand over")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("handed over");
        signOut(page);

        signIn(page, "caseworker2");
        page.navigate(caseUrl);
        assertThat(page.locator("main")).containsText("never meet her near the station");
        assertThat(page.locator("#tasks + table")).containsText("Book the Barnahus interview");
        link(page, "Case conferences");
        page.locator("#conference-list a").first().click();
        assertThat(page.locator("#child-views")).containsText("I want to go to school");
        assertAccessible(page);
    }
}
