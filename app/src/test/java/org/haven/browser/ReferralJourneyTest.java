package org.haven.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
class ReferralJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @LocalServerPort
    int port;

    private void signIn(Page page, String username) {
        Browser.signIn(page, port, username);
    }

    @Test
    void a_referral_is_saved_while_it_is_typed_and_nothing_is_lost_on_reload() {
        Page page = browser.page();
        signIn(page, "ngo");
        page.navigate("http://localhost:" + port + "/referrals");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer a child")).click();
        page.waitForLoadState(); // autosave starts once the page's scripts have run
        page.waitForResponse(response -> response.url().endsWith("/autosave") && response.status() == 200, () -> {
            page.getByLabel("What did you see or hear?").fill("Two boys sleeping in a car park, an adult collects them at 6");
            page.getByLabel("Where", new Page.GetByLabelOptions().setExact(true)).click();
        });

        page.reload();

        assertThat(page.getByLabel("What did you see or hear?"))
                .hasValue("Two boys sleeping in a car park, an adult collects them at 6");
    }

    @Test
    void a_police_officer_refers_a_child_from_a_phone_and_the_lead_agency_accepts_and_protects() {
        Page phone = browser.newPhonePage();
        signIn(phone, "police");
        phone.navigate("http://localhost:" + port + "/referrals");
        assertAccessible(phone);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refer a child")).click();
        phone.getByLabel("The child is in immediate danger").check();
        phone.getByLabel("What did you see or hear?").fill("Girl of about 12 caught taking handbags; a man waited outside");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(phone.getByRole(AriaRole.ALERT)).containsText("The draft is saved");
        assertThat(phone.getByLabel("What did you see or hear?")).hasValue("Girl of about 12 caught taking handbags; a man waited outside");
        phone.getByLabel("Area").selectOption("Oslo");
        phone.getByLabel("Given names").fill("Cristina");
        phone.getByLabel("Age (your estimate)").fill("12");
        phone.locator("summary").getByText("Signs you noticed (optional)").click();
        phone.getByLabel("Child is driven with a group to shops or malls").check();
        phone.getByLabel("An adult who is not a verified parent").check();
        var file = phone.getByLabel("Choose a file");
        file.setInputFiles(new FilePayload("video.png", "image/png", new byte[10 * 1024 * 1024 + 1]));
        assertThat(phone.locator("#file-error")).containsText("The file is too big: it can be at most 10 MB");
        assertThat(file).hasValue("");
        file.setInputFiles(new FilePayload("bag-receipt.png", "image/png", java.util.Base64.getDecoder().decode(ONE_PIXEL_PNG)));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add file")).click();
        assertThat(phone.getByRole(AriaRole.ALERT)).containsText("The file is added");
        assertThat(phone.locator("#attachments + ul")).containsText("bag-receipt.png");
        assertThat(phone.getByLabel("Given names")).hasValue("Cristina");
        assertAccessible(phone);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the referral")).click();
        assertThat(phone.getByRole(AriaRole.ALERT)).containsText("The referral has been sent");
        assertThat(phone.locator("body")).containsText("Sent to Oslo Child Welfare Emergency Service");

        Page page = browser.page();
        signIn(page, "caseworker");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incoming referrals")).click();
        assertThat(page.locator("tbody tr").first()).containsText("Immediate danger");
        assertAccessible(page);
        page.locator("tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("bag-receipt.png"))).isVisible();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and open a case")).click();

        assertThat(page.locator("#suggestion")).containsText("Reasonable grounds: presumed victim");
        page.getByLabel("Presumed victim").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the case")).click();
        assertThat(page.locator("#tasks + table")).containsText("Do not release the child to an unverified adult");
        assertThat(page.locator("#team ~ ul")).containsText("Sgt. Nina Lund");
        assertAccessible(page);
    }
}
