package org.haven.matching;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.ChildId;
import org.haven.person.DateOfBirth;
import org.haven.person.IdentityLinks;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The duplicate check at registration, the review queue, merge and unmerge, and matching requests. */
@HavenIntegrationTest
class PossibleMatchesTest {

    @Autowired CaseFiles caseFiles;
    @Autowired PossibleMatches matches;
    @Autowired IdentityLinks links;
    @Autowired ChildMatchingIndex index;
    @Autowired DemoUsers demoUsers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private CaseId open(String username, String given, String family, LocalDate born) {
        var user = demoUsers.user(username);
        return caseFiles.open(user, new NewCase(new ChildDetails(given, family, List.of(), Sex.MALE,
                DateOfBirth.exact(born), List.of("UA"), List.of("uk")), user.organisationId().value(), "Found at the border"));
    }

    private ChildId childOf(CaseId id) {
        return caseFiles.current(demoUsers.user("caseworker"), id).child().id();
    }

    private PossibleMatch matchBetween(ChildId a, ChildId b) {
        return matches.waiting(demoUsers.user("coordinator")).stream()
                .filter(m -> (m.earlier().equals(a) && m.found().equals(b)) || (m.earlier().equals(b) && m.found().equals(a)))
                .findFirst().orElseThrow(() -> new AssertionError("no possible match between " + a + " and " + b));
    }

    private String uniqueFamilyName() {
        return "Zhyvotovskyi" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    }

    @Test
    void aChildRegisteredInLatinLettersIsFoundAsPossiblyTheChildAlreadyKnownInCyrillic() {
        var born = LocalDate.of(2010, 4, 12);
        String family = uniqueFamilyName();
        var police = open("caseworker", "Олександр", com.ibm.icu.text.Transliterator
                .getInstance("Latin-Cyrillic").transliterate(family), born);
        var welfare = open("caseworker", "Oleksandr", family, born);

        var match = matchBetween(childOf(police), childOf(welfare));

        assertThat(match.engineSays()).isIn("MATCH", "POSSIBLE");
        assertThat(match.score()).isGreaterThan(0.5);
        var review = matches.review(demoUsers.user("coordinator"), match.id());
        assertThat(review.reasons()).isNotEmpty();
        assertThat(review.earlier().cases()).hasSize(1);
        assertThat(review.found().cases()).hasSize(1);
    }

    @Test
    void mergingLinksBothRecordsWithoutDeletingAndUnmergingRestoresTwoChildren() {
        var born = LocalDate.of(2011, 2, 3);
        String family = uniqueFamilyName();
        var first = open("caseworker", "Maksym", family, born);
        var second = open("caseworker", "Maksim", family, born);
        var a = childOf(first);
        var b = childOf(second);
        var coordinator = demoUsers.user("coordinator");
        var match = matchBetween(a, b);

        var merged = matches.decide(coordinator, match.id(), true, "Same photo and guardian", match.version());

        assertThat(merged.status()).isEqualTo(PossibleMatch.Status.SAME);
        assertThat(links.sameChildAs(a)).containsExactly(b);
        assertThat(childOf(first)).isEqualTo(a);
        assertThat(childOf(second)).isEqualTo(b);
        assertThatThrownBy(() -> matches.unmerge(coordinator, match.id(), " ", merged.version()))
                .isInstanceOf(DomainRuleViolation.class);

        var undone = matches.unmerge(coordinator, match.id(), "Different mothers on the birth certificates",
                merged.version());

        assertThat(undone.status()).isEqualTo(PossibleMatch.Status.UNMERGED);
        assertThat(links.sameChildAs(a)).isEmpty();
        assertThat(links.linksOf(a)).hasSize(1).allMatch(l -> l.isUndone()
                && l.undoReason().equals("Different mothers on the birth certificates"));
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE subject_type = 'child' AND subject_id = ?")
                .param(a.toString()).query(String.class).list()).contains("child.merged", "child.unmerged");
        // The reason stays with the link, encrypted; the audit log (which cannot be erased) does not copy it.
        assertThat(jdbc.sql("SELECT undo_reason FROM person_same_child WHERE kept = ? OR linked = ?")
                .params(a.value(), a.value()).query(String.class).single()).startsWith("v2:").doesNotContain("mothers");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE coalesce(reason, '') || coalesce(details, '') LIKE '%mothers%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDecisionMadeOnAnOlderViewIsRefusedAsAConflict() {
        var born = LocalDate.of(2012, 6, 7);
        String family = uniqueFamilyName();
        var a = childOf(open("caseworker", "Artem", family, born));
        var b = childOf(open("caseworker", "Artyom", family, born));
        var match = matchBetween(a, b);
        matches.decide(demoUsers.user("coordinator"), match.id(), false, "Twins", match.version());

        assertThatThrownBy(() -> matches.decide(demoUsers.user("focalpoint"), match.id(), true, null, match.version()))
                .isInstanceOf(EditConflict.class);
        assertThat(matches.get(match.id()).status()).isEqualTo(PossibleMatch.Status.DIFFERENT);
    }

    @Test
    void twoChildrenDecidedDifferentAreNotProposedAgainWhenOneIsCorrected() {
        var born = LocalDate.of(2009, 9, 9);
        String family = uniqueFamilyName();
        var firstCase = open("caseworker", "Danylo", family, born);
        var a = childOf(firstCase);
        var b = childOf(open("caseworker", "Danilo", family, born));
        var match = matchBetween(a, b);
        matches.decide(demoUsers.user("coordinator"), match.id(), false, "Brothers", match.version());

        var lead = demoUsers.user("caseworker");
        var child = caseFiles.current(lead, firstCase).child();
        caseFiles.correctChild(lead, firstCase, new ChildDetails("Danylo", family, List.of("Danya"), Sex.MALE,
                DateOfBirth.exact(born), List.of("UA"), List.of("uk")), child.version());

        assertThat(matches.get(match.id()).status()).isEqualTo(PossibleMatch.Status.DIFFERENT);
        assertThat(index.recordOf(a).orElseThrow().otherNames()).isEqualTo("Danya");
    }

    @Test
    void onlyCoordinatorsAndFocalPointsSeeAndDecidePossibleMatchesAndRefusalsAreAudited() throws Exception {
        var caseworker = demoUsers.user("caseworker");
        assertThatThrownBy(() -> matches.waiting(caseworker)).isInstanceOf(NoAccess.class);

        mvc.perform(get("/matches").with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/matches").with(demoUsers.as("guardian"))).andExpect(status().isForbidden());
        mvc.perform(get("/matches").with(demoUsers.as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/matches").with(demoUsers.as("focalpoint"))).andExpect(status().isOk());
        mvc.perform(get("/matches")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/matches/" + UUID.randomUUID() + "/decision").param("same", "true").param("version", "0")
                .with(demoUsers.as("police"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'match.listed' AND outcome = 'REFUSED'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aFocalPointAsksWhoAPersonFromAnotherCountryMayBeAndGetsCaseReferencesNotNames() throws Exception {
        String family = uniqueFamilyName();
        var known = open("caseworker", "Bohdan", family, LocalDate.of(2008, 1, 30));
        String reference = caseFiles.current(demoUsers.user("caseworker"), known).kase().reference();

        mvc.perform(post("/api/v1/person-matches").with(demoUsers.as("focalpoint"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenNames\":\"Богдан\",\"familyName\":\"" + family
                                + "\",\"birthDate\":\"2008-30-01\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/person-matches").with(demoUsers.as("focalpoint"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenNames\":\"Bogdan\",\"familyName\":\"" + family + "\",\"birthDate\":\"2008-01-30\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].caseReferences[0]").value(reference))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsStringIgnoringCase(family))));
        mvc.perform(post("/api/v1/person-matches").with(demoUsers.as("caseworker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\":\"Bogdan\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theIndexHoldsEveryChildAfterStartAndEveryOneRegisteredSince() {
        long children = jdbc.sql("SELECT count(*) FROM person_child").query(Long.class).single();
        assertThat(index.size()).isEqualTo(children);
    }
}
