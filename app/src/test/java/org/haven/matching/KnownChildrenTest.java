package org.haven.matching;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.intake.Intake;
import org.haven.intake.Referral;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The duplicate check before a referral is accepted, and a case page pointing to the child's other
 * cases: what the agency sees depends on whether its user is on those cases' teams.
 */
@HavenIntegrationTest
class KnownChildrenTest {

    @Autowired CaseFiles caseFiles;
    @Autowired Intake intake;
    @Autowired PossibleMatches matches;
    @Autowired DemoUsers demoUsers;
    @Autowired MockMvc mvc;

    private CaseId open(String username, String given, String family, LocalDate born) {
        var user = demoUsers.user(username);
        return caseFiles.open(user, new NewCase(new ChildDetails(given, family, List.of(), Sex.MALE,
                DateOfBirth.exact(born), List.of("UA"), List.of("uk")), user.organisationId().value(), "Found at the border"));
    }

    private UUID referralFromPolice(String given, String family, int age) {
        var police = demoUsers.user("police");
        UUID id = intake.startDraft(police);
        intake.write(police, id, new Referral.Content(given, family, age, "MALE", "uk", "Central station", "Oslo",
                "Today", "Sleeping at the station, says an adult takes his money", null, false, false, Set.of()), 0);
        intake.submit(police, id, 1);
        return id;
    }

    private static String uniqueFamilyName() {
        return "Zhyvotovskyi" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    }

    @Test
    void aReferralInCyrillicShowsTheKnownChildByNameToTheCaseTeamAndOnlyTheCaseReferenceToOthers() throws Exception {
        String family = uniqueFamilyName();
        int age = 14;
        var known = open("caseworker", "Oleksandr", family, LocalDate.now().minusYears(age).minusMonths(3));
        String reference = caseFiles.view(demoUsers.user("caseworker"), known).kase().reference();
        UUID referral = referralFromPolice("Олександр", com.ibm.icu.text.Transliterator.getInstance("Latin-Cyrillic")
                .transliterate(family), age);

        mvc.perform(get("/referrals/{id}", referral).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Oleksandr " + family), containsString(reference),
                        containsString("Add to this case"))));
        mvc.perform(get("/referrals/{id}", referral).with(demoUsers.as("caseworker2")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(reference), containsString("you are not on its team"),
                        not(containsString("Oleksandr " + family)))));
    }

    @Test
    void aReferralAboutAChildNobodyKnowsSaysSo() throws Exception {
        UUID referral = referralFromPolice("Qwertzuiop", uniqueFamilyName() + "xq", 13);

        mvc.perform(get("/referrals/{id}", referral).with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("No child known here is like the child described")));
    }

    @Test
    void theCasePageListsTheCasesOfARecordMergedAsTheSameChild() throws Exception {
        String family = uniqueFamilyName();
        var born = LocalDate.of(2012, 5, 17);
        var first = open("caseworker", "Bohdan", family, born);
        var second = open("bergen.caseworker", "Bogdan", family, born);
        var a = caseFiles.view(demoUsers.user("caseworker"), first).child().id();
        var coordinator = demoUsers.user("coordinator");
        var match = matches.waiting(coordinator).stream()
                .filter(m -> m.earlier().equals(a) || m.found().equals(a)).findFirst().orElseThrow();
        matches.decide(coordinator, match.id(), true, "Same passport number", match.version());
        String secondReference = caseFiles.view(demoUsers.user("bergen.caseworker"), second).kase().reference();

        mvc.perform(get("/cases/{id}", first.value()).with(demoUsers.as("caseworker")))
                .andExpect(content().string(allOf(containsString("Other cases of this child"),
                        containsString(secondReference), containsString("a reviewer decided this is the same child"),
                        containsString("you are not on its team"))));
    }
}
