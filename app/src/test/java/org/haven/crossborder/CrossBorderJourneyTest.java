package org.haven.crossborder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.haven.casework.CaseFiles;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.Browser;
import org.haven.support.DemoUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.haven.support.Browser.assertAccessible;

/**
 * Two Haven nodes, Norway and Lithuania, clicked through: a Norwegian caseworker asks Lithuania
 * about a child from her case; the Lithuanian focal point sees the request, with the children known
 * there who may be her, and answers; the answer appears on the Norwegian case.
 */
@Tag("browser")
class CrossBorderJourneyTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @TempDir
    static Path dirs;
    static HavenNode norway;
    static HavenNode lithuania;

    @BeforeAll
    static void startTwoNodes() {
        norway = HavenNode.start("NO", dirs.resolve("no"));
        lithuania = HavenNode.start("LT", dirs.resolve("lt"));
        norway.bean(Partners.class).learn(lithuania.url());
        lithuania.bean(Partners.class).learn(norway.url());
    }

    @AfterAll
    static void stopThem() {
        for (var node : new HavenNode[]{norway, lithuania}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static void signIn(Page page, HavenNode node, String username) {
        page.navigate(node.url() + "/sign-out");
        page.navigate(node.url() + "/sign-in");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void aNorwegianCaseworkerAsksLithuaniaAndTheFocalPointsAnswerAppearsOnTheCase() {
        var lead = norway.user("caseworker");
        var caseId = norway.bean(CaseFiles.class).open(lead, new NewCase(new ChildDetails("Gabija", "Kazlauskaitė", List.of(),
                Sex.FEMALE, DateOfBirth.exact(LocalDate.of(2011, 4, 12)), List.of("LT"), List.of("lt")),
                lead.organisationId().value(), "Found at a car wash, working"));
        Page page = browser.page();

        signIn(page, norway, "caseworker");
        page.navigate(norway.url() + "/cases/" + caseId.value());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cross-border requests")).click();
        assertThat(page.locator("#carried")).containsText("Gabija");
        assertAccessible(page);
        button(page, "Send the request");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the country to ask");
        page.getByLabel("What do you need to know?").fill("Is she known to you? Who are her parents, and is the family safe?");
        button(page, "Send the request");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the country to ask");
        assertThat(page.getByLabel("What do you need to know?")).hasValue("Is she known to you? Who are her parents, and is the family safe?");
        page.getByLabel("Country to ask").selectOption("LT");
        page.getByLabel("Legal basis").selectOption("ANTI_TRAFFICKING_DIRECTIVE");
        page.getByLabel("Files").setInputFiles(new com.microsoft.playwright.options.FilePayload("school-record.txt", "text/plain",
                "Kaunas school no. 4, enrolled 2017-2022".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        button(page, "Send the request");
        assertThat(page.locator("#requests")).containsText("Queued");
        norway.sendMessages();
        lithuania.sendMessages();

        signIn(page, lithuania, "lt.focalpoint");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cross-border").setExact(true)).first().click();
        assertAccessible(page);
        page.locator("#incoming a").first().click();
        assertThat(page.locator("h1")).containsText("Information request about a child");
        assertThat(page.locator("main")).containsText("Gabija");
        assertThat(page.locator("#attachments")).containsText("school-record.txt");
        assertAccessible(page);
        button(page, "Take this request on");
        assertThat(page.locator("#assignee")).containsText("Rūta Kairytė");
        page.getByLabel("Your answer").fill("Known in Kaunas. Mother Rasa Kazlauskienė; no child-protection concerns recorded.");
        button(page, "Send the answer");
        assertThat(page.locator("#answer-text")).containsText("Known in Kaunas");
        lithuania.sendMessages();

        signIn(page, norway, "caseworker");
        page.navigate(norway.url() + "/cases/" + caseId.value() + "/crossborder");
        assertThat(page.locator("#requests")).containsText("Answered");
        page.locator("#requests a").first().click();
        assertThat(page.locator("#answer-text")).containsText("Mother Rasa Kazlauskienė");
        assertThat(page.locator("#delivery")).containsText("Opened by a focal point");
        assertAccessible(page);
    }
}
