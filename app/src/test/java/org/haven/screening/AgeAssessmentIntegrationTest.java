package org.haven.screening;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class AgeAssessmentIntegrationTest {

    @Autowired AgeAssessments assessments;
    @Autowired CaseFiles caseFiles;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    private CaseId disputedAge() {
        var caseworker = demoUsers.user("caseworker");
        return caseFiles.open(caseworker, new NewCase(new ChildDetails("Ahmad", "Rahimi", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(16, 19, LocalDate.now(clock)), List.of("AF"), List.of("ps")),
                caseworker.organisationId().value(), "Says he is 16; the border police think he is older"));
    }

    @Test
    void a_person_whose_age_is_disputed_is_treated_as_a_child_until_an_assessment_decides_otherwise() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = disputedAge();
        LocalDate today = LocalDate.now(clock);
        assertThat(caseFiles.current(caseworker, caseId).child().dateOfBirth().presumedChildOn(today)).isTrue();

        assessments.decide(caseworker, caseId, new AgeAssessment.Conclusion(Set.of(AssessmentMethod.INTERVIEW,
                AssessmentMethod.PSYCHOSOCIAL_ASSESSMENT), "Two social workers", true, 19, 22, AgeOutcome.ADULT,
                today, "Consistent account of school years and military service"));

        var child = caseFiles.current(caseworker, caseId).child();
        assertThat(child.dateOfBirth().presumedChildOn(today)).isFalse();
        assertThat(child.dateOfBirth().ageOn(today)).hasValueSatisfying(age -> assertThat(age.youngest()).isEqualTo(19));
    }

    @Test
    void correcting_the_birth_date_cannot_make_a_presumed_child_an_adult() {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = disputedAge();
        var child = caseFiles.current(caseworker, caseId).child();
        var adult = new ChildDetails("Ahmad", "Rahimi", List.of(), Sex.MALE,
                DateOfBirth.estimatedAge(20, 22, LocalDate.now(clock)), List.of("AF"), List.of("ps"));

        assertThatThrownBy(() -> caseFiles.correctChild(caseworker, caseId, adult, child.version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("child.dob.adult-needs-assessment");
    }

    @Test
    void the_age_assessment_page_explains_a_refused_decision_and_keeps_the_entry() throws Exception {
        CaseId caseId = disputedAge();
        mvc.perform(post("/cases/{id}/age-assessments", caseId.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("methods", "MEDICAL_SKELETAL").param("professionals", "Radiologist")
                        .param("youngestAge", "17").param("oldestAge", "21").param("outcome", "ADULT")
                        .param("day", "20").param("month", "11").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A medical method needs written reasons")))
                .andExpect(content().string(containsString("value=\"Radiologist\"")));
        mvc.perform(get("/cases/{id}/age-assessments", caseId.value()).with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_decision_recorded_on_the_page_can_be_appealed() throws Exception {
        CaseId caseId = disputedAge();
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/cases/{id}/age-assessments", caseId.value()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("methods", "INTERVIEW", "DOCUMENTS").param("professionals", "Social worker, guardian")
                        .param("benefitOfDoubtApplied", "true").param("youngestAge", "15").param("oldestAge", "17")
                        .param("outcome", "MINOR").param("day", Integer.toString(today.getDayOfMonth()))
                        .param("month", Integer.toString(today.getMonthValue())).param("year", Integer.toString(today.getYear())))
                .andExpect(status().is3xxRedirection());
        var assessment = assessments.ofCase(demoUsers.user("caseworker"), caseId).get(0);

        mvc.perform(post("/age-assessments/{id}/appeal", assessment.id()).with(csrf()).with(demoUsers.as("caseworker"))
                        .param("caseId", caseId.value().toString()).param("version", "0")
                        .param("day", Integer.toString(today.getDayOfMonth()))
                        .param("month", Integer.toString(today.getMonthValue())).param("year", Integer.toString(today.getYear())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{id}/age-assessments", caseId.value()).with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("Appeal lodged on")))
                .andExpect(content().string(containsString("15 to 17 years old")));
    }
}
