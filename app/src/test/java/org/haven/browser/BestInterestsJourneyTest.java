package org.haven.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.audit.Actor;
import org.haven.casework.CarePlans;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.casework.ProtectionStatus;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
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

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * Best interests, clicked through: an assessment drafted by two team members, a panel that decides
 * return, a return plan blocked until the risk assessment is done and then approved, a monitoring
 * report that escalates when missed, and the printable decision.
 */
@HavenIntegrationTest
@Tag("browser")
class BestInterestsJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CaseFiles caseFiles;
    @Autowired CarePlans carePlans;
    @Autowired Tasks tasks;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;

    private void signIn(Page page, String username) {
        Browser.signIn(page, port, username);
    }

    private void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    private static void finding(Page page, String element, String text, String source) {
        page.locator("#element").selectOption(element);
        field(page, "Finding").fill(text);
        field(page, "Source (who, what document)").fill(source);
        button(page, "Add the finding");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your finding is added");
    }

    @Test
    void a_team_assesses_a_panel_decides_return_and_the_return_waits_for_the_risk_assessment() throws Exception {
        var lead = demoUsers.user("caseworker");
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
        CaseId id = caseFiles.open(lead, new NewCase(new ChildDetails("Bianca", "Lungu", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(15, 16, today), List.of("RO"), List.of("ru")),
                lead.organisationId().value(), "Sexual exploitation; grandmother in Chisinau"));
        caseFiles.recordProtectionStatus(Actor.system("screening"), id, ProtectionStatus.PRESUMED_VICTIM);
        caseFiles.addToTeam(lead, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        carePlans.write(lead, id, new CarePlans.CarePlan(today, "Trauma therapy; school", "Exploiter still at large in Oslo",
                "Я хочу к бабушке", null, null, List.of(), 0), 0);
        String reference = caseFiles.current(lead, id).kase().reference();
        String base = "http://localhost:" + port;

        Page page = browser.page();
        signIn(page, "caseworker");
        page.navigate(base + "/cases/" + id.value());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Best interests and durable solution")).click();
        assertAccessible(page);
        button(page, "Start an assessment from the individual assessment");
        assertThat(page.locator("#elements")).containsText("Trauma therapy; school");
        finding(page, "IDENTITY", "Moldovan, Russian-speaking, Orthodox", "Passport copy; the child");
        finding(page, "EDUCATION", "Finished 8th grade in Chisinau", "School report");
        assertAccessible(page);
        String assessmentUrl = page.url().replaceAll("#.*", "");
        signOut(page);

        signIn(page, "guardian");
        page.navigate(assessmentUrl);
        finding(page, "FAMILY_ENVIRONMENT", "Grandmother raised her; not involved in the exploitation", "Guardian's call with the grandmother");
        finding(page, "VULNERABILITY", "Nightmares; fears the exploiter's cousin", "Guardian's visits");
        signOut(page);

        signIn(page, "caseworker");
        page.navigate(assessmentUrl);
        assertThat(field(page, "In the child's own words")).hasValue("Я хочу к бабушке");
        field(page, "Language they were heard in").fill("ru");
        page.locator("#maturity").selectOption("DEVELOPING");
        button(page, "Save the child's views");
        button(page, "Sign off the assessment");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("signed off");
        page.locator("input[name=panel]").nth(0).check();
        page.locator("input[name=panel]").nth(1).check();
        page.locator("input[name=chair]").nth(0).check();
        page.locator("input[name=declared]").nth(0).check();
        page.locator("input[name=declared]").nth(1).check();
        page.locator("#option-LOCAL_INTEGRATION").check();
        page.locator("#option-RETURN_TO_FAMILY").check();
        page.locator("#decision-RETURN_TO_FAMILY").check();
        field(page, "Reasons, weighing the elements").fill("Her wish, weighed at her maturity; the grandmother can protect her; the exploiter is in Oslo");
        field(page, "Review by").fill(today.plusMonths(3).toString());
        assertAccessible(page);
        button(page, "Record the determination");
        assertThat(page.locator("#determinations")).containsText("Return to the family");

        var decision = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("The printable decision (PDF)")).click());
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                Files.readAllBytes(decision.path()))).getTextFromPage(1))
                .contains("Return to the family in the country of origin").contains(reference);
        var forTheChild = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("The explanation for the child, in their language (PDF)")).click());
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                Files.readAllBytes(forTheChild.path()))).getTextFromPage(1))
                .contains("Bianca").contains("ты вернёшься к своей семье");

        // The return plan is blocked until the risk assessment is done.
        button(page, "Draft a return plan");
        field(page, "Family assessment (the family was not involved and can protect the child)").fill("Grandmother assessed by the Moldovan child protection service");
        field(page, "The family was not involved in the exploitation and can protect the child").check();
        field(page, "Guardian heard on").fill(today.toString());
        field(page, "Receiving agency in the country of origin").fill("Chisinau Child Protection Directorate");
        field(page, "It accepted the handover on").fill(today.toString());
        field(page, "Travel escort").fill("Social worker from Chisinau");
        field(page, "Reintegration plan (education, health, psychosocial support, family, protection)").fill("School in September; therapy; monthly visits");
        button(page, "Save the plan");
        button(page, "Approve the return");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The risk and security assessment is missing");
        assertAccessible(page);
        field(page, "Risk and security assessment done on").fill(today.toString());
        field(page, "Risk and security assessment").fill("Exploiter remanded in custody in Oslo; no links in Chisinau");
        button(page, "Save the plan");
        button(page, "Approve the return");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The return is approved");
        field(page, "The child returned on").fill(today.toString());
        button(page, "Record the return");
        assertThat(page.locator("#reports tbody tr")).hasCount(4);
        signOut(page);

        // A month and more without the first report: it goes to the coordinator.
        clock.advance(Duration.ofDays(40));
        tasks.escalateOverdue();
        signIn(page, "coordinator");
        page.navigate(base + "/coordination/list?kind=ESCALATED");
        assertThat(page.locator("#lines")).containsText(reference);
        assertAccessible(page);
    }
}
