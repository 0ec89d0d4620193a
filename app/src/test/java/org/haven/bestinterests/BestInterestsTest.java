package org.haven.bestinterests;

import org.haven.access.Accounts;
import org.haven.access.Role;
import org.haven.audit.Actor;
import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.casework.ProtectionStatus;
import org.haven.casework.TaskKind;
import org.haven.casework.Tasks;
import org.haven.casework.TeamRole;
import org.haven.directory.Directory;
import org.haven.directory.OrganisationKind;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The best-interests procedure: assessment, panel, the do-not-contact guard, return safeguards, monitoring. */
@HavenIntegrationTest
class BestInterestsTest {

    @Autowired CaseFiles caseFiles;
    @Autowired Assessments assessments;
    @Autowired Determinations determinations;
    @Autowired OriginContact originContact;
    @Autowired ReturnPlans returnPlans;
    @Autowired Tasks tasks;
    @Autowired Accounts accounts;
    @Autowired Directory directory;
    @Autowired DemoUsers demoUsers;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired org.haven.casework.Notifications notifications;
    @Autowired org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired org.haven.statistics.Statistics statistics;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    private CaseId caseWithTeam(String name) {
        var lead = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(lead, new NewCase(new ChildDetails(name, "Popescu", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(14, 16, today()), List.of("RO"), List.of("ro")),
                lead.organisationId().value(), "Sexual exploitation; wants to go home to her grandmother"));
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        caseFiles.addToTeam(lead, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        return id;
    }

    private UUID signedOffAssessment(CaseId id) {
        var lead = demoUsers.user("caseworker");
        UUID bia = assessments.start(lead, id);
        for (Element element : Element.values()) {
            if (element != Element.CHILD_VIEWS) {
                assessments.contribute(demoUsers.user("guardian"), bia, element, "Finding on " + element, "Guardian's visits");
            }
        }
        assessments.recordChildViews(lead, bia, new Assessments.ChildViews("Vreau acasă la bunica", "ro", true,
                "Guardian", Assessments.Maturity.DEVELOPING), assessments.view(lead, bia).version());
        assessments.signOff(lead, bia, assessments.view(lead, bia).version());
        return bia;
    }

    private List<Determinations.PanelMember> panel() {
        return List.of(new Determinations.PanelMember(demoUsers.user("caseworker").id().value(), true, true),
                new Determinations.PanelMember(demoUsers.user("guardian").id().value(), false, true));
    }

    private UUID determine(CaseId id, UUID bia, DurableSolution solution, boolean allowContact) {
        var other = solution == DurableSolution.LOCAL_INTEGRATION ? DurableSolution.RETURN_TO_FAMILY
                : DurableSolution.LOCAL_INTEGRATION;
        return determinations.determine(demoUsers.user("caseworker"), id, new Determinations.Decision(bia, panel(),
                Set.of(other, solution), solution,
                "Family safe and not involved; the child's wish weighs heavily at her maturity", null, allowContact,
                today(), today().plusMonths(6)));
    }

    private ReturnPlans.Plan completePlan() {
        return new ReturnPlans.Plan(today(), "Low risk: exploiters convicted", "Grandmother not involved, can protect",
                null, today(), "Bucharest DGASPC", today(), "Social worker from Bucharest", "School, counselling, family support",
                true);
    }

    @Test
    void an_assessment_is_signed_off_only_when_every_element_has_a_finding_and_the_child_was_heard() {
        CaseId id = caseWithTeam("Ioana");
        var lead = demoUsers.user("caseworker");
        UUID bia = assessments.start(lead, id);
        assessments.contribute(demoUsers.user("guardian"), bia, Element.FAMILY_ENVIRONMENT, "Grandmother visits", "Guardian");

        assertThatThrownBy(() -> assessments.signOff(lead, bia, assessments.view(lead, bia).version()))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("bia.elements-missing");
        assertThat(assessments.view(lead, bia).status()).isEqualTo(Assessments.Status.DRAFT);
    }

    @Test
    void a_panel_without_child_protection_or_chaired_by_migration_enforcement_is_refused() {
        CaseId id = caseWithTeam("Elena");
        UUID bia = signedOffAssessment(id);
        var lead = demoUsers.user("caseworker");
        // Synthetic like the demo data it sits beside: every organisation in a test database is marked "(demo)".
        var migrationOffice = directory.all().stream().filter(o -> o.kind() == OrganisationKind.MIGRATION_AUTHORITY)
                .findFirst().orElseGet(() -> directory.register(Actor.system("test"), "Immigration Directorate (demo)",
                        OrganisationKind.MIGRATION_AUTHORITY, "NO", null));
        var officer = accounts.create(Actor.system("test"), "migration-" + UUID.randomUUID().toString().substring(0, 8),
                "Immigration officer (test)", migrationOffice.id(), Set.of(Role.CASEWORKER), "A-long-password-2026");
        caseFiles.addToTeam(lead, id, officer, TeamRole.CASEWORKER);
        var options = Set.of(DurableSolution.LOCAL_INTEGRATION, DurableSolution.RETURN_TO_FAMILY);

        var withoutChildProtection = List.of(new Determinations.PanelMember(demoUsers.user("guardian").id().value(), true, true),
                new Determinations.PanelMember(officer.value(), false, true));
        assertThatThrownBy(() -> determinations.determine(lead, id, new Determinations.Decision(bia, withoutChildProtection,
                options, DurableSolution.RETURN_TO_FAMILY, "Reasons", null, false, today(), today().plusMonths(6))))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("bid.panel.missing");

        var chairedByMigration = List.of(new Determinations.PanelMember(officer.value(), true, true),
                new Determinations.PanelMember(demoUsers.user("caseworker").id().value(), false, true),
                new Determinations.PanelMember(demoUsers.user("guardian").id().value(), false, true));
        assertThatThrownBy(() -> determinations.determine(lead, id, new Determinations.Decision(bia, chairedByMigration,
                options, DurableSolution.RETURN_TO_FAMILY, "Reasons", null, false, today(), today().plusMonths(6))))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("bid.panel.chaired-by-migration");

        assertThatThrownBy(() -> determinations.determine(lead, id, new Determinations.Decision(bia, panel(),
                options, DurableSolution.RETURN_TO_FAMILY, " ", null, false, today(), today().plusMonths(6))))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("bid.reasons-required");
    }

    @Test
    void the_country_of_origin_is_not_contacted_for_an_asylum_seeking_child_without_a_determination_allowing_it() {
        CaseId id = caseWithTeam("Mariam");
        var lead = demoUsers.user("caseworker");
        originContact.protectionSought(lead, id, today());

        assertThatThrownBy(() -> originContact.request(lead, id, OriginContact.Kind.FAMILY_TRACING, "RO", "Find the grandmother"))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("origin-contact.do-not-contact");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'origin-contact.requested' AND outcome = 'REFUSED'
                        AND case_id = :case""").param("case", id.value()).query(Long.class).single()).isEqualTo(1);

        determine(id, signedOffAssessment(id), DurableSolution.RETURN_TO_FAMILY, true);
        assertThat(originContact.request(lead, id, OriginContact.Kind.FAMILY_TRACING, "RO", "Find the grandmother")).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(ReturnPlans.Condition.class)
    void a_return_plan_missing_one_condition_is_refused_naming_it(ReturnPlans.Condition missing) {
        CaseId id = caseWithTeam("Ana");
        UUID bia = signedOffAssessment(id);
        determine(id, bia, missing == ReturnPlans.Condition.DETERMINATION_CHOSE_RETURN
                ? DurableSolution.LOCAL_INTEGRATION : DurableSolution.RETURN_TO_FAMILY, false);
        var p = completePlan();
        var plan = switch (missing) {
            case DETERMINATION_CHOSE_RETURN -> p;
            case CONTACT_WITH_ORIGIN_ALLOWED -> {
                originContact.protectionSought(demoUsers.user("caseworker"), id, today());
                yield p;
            }
            case RISK_ASSESSMENT_CURRENT -> new ReturnPlans.Plan(today().minusDays(200), p.riskAssessment(), p.familyAssessment(),
                    null, p.guardianHeardOn(), p.receivingAgency(), p.receivingAgencyAcceptedOn(), p.travelEscort(), p.reintegrationPlan(), true);
            case FAMILY_ASSESSED_OR_CARE_ARRANGED -> new ReturnPlans.Plan(p.riskAssessedOn(), p.riskAssessment(),
                    p.familyAssessment(), null, p.guardianHeardOn(), p.receivingAgency(), p.receivingAgencyAcceptedOn(),
                    p.travelEscort(), p.reintegrationPlan(), false);
            case GUARDIAN_HEARD -> new ReturnPlans.Plan(p.riskAssessedOn(), p.riskAssessment(), p.familyAssessment(), null,
                    null, p.receivingAgency(), p.receivingAgencyAcceptedOn(), p.travelEscort(), p.reintegrationPlan(), true);
            case RECEIVING_AGENCY_ACCEPTED -> new ReturnPlans.Plan(p.riskAssessedOn(), p.riskAssessment(), p.familyAssessment(),
                    null, p.guardianHeardOn(), p.receivingAgency(), null, p.travelEscort(), p.reintegrationPlan(), true);
            case TRAVEL_ESCORT -> new ReturnPlans.Plan(p.riskAssessedOn(), p.riskAssessment(), p.familyAssessment(), null,
                    p.guardianHeardOn(), p.receivingAgency(), p.receivingAgencyAcceptedOn(), " ", p.reintegrationPlan(), true);
            case REINTEGRATION_PLAN -> new ReturnPlans.Plan(p.riskAssessedOn(), p.riskAssessment(), p.familyAssessment(), null,
                    p.guardianHeardOn(), p.receivingAgency(), p.receivingAgencyAcceptedOn(), p.travelEscort(), null, true);
        };
        UUID planId = returnPlans.draft(demoUsers.user("caseworker"), id, plan);

        assertThatThrownBy(() -> returnPlans.approve(demoUsers.user("caseworker"), planId))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("return.missing." + missing);
        assertThat(returnPlans.missing(planId)).containsExactly(missing);
    }

    @Test
    void a_plan_drafted_on_a_return_decision_cannot_be_approved_once_a_later_decision_chose_to_stay() {
        CaseId id = caseWithTeam("Lavinia");
        UUID bia = signedOffAssessment(id);
        determine(id, bia, DurableSolution.RETURN_TO_FAMILY, false);
        UUID planId = returnPlans.draft(demoUsers.user("caseworker"), id, completePlan());

        determine(id, bia, DurableSolution.LOCAL_INTEGRATION, false);

        assertThatThrownBy(() -> returnPlans.approve(demoUsers.user("caseworker"), planId))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("return.missing.DETERMINATION_CHOSE_RETURN");
    }

    @Test
    void a_complete_return_plan_is_approved_and_after_the_return_missed_monitoring_reports_escalate() {
        CaseId id = caseWithTeam("Daria");
        determine(id, signedOffAssessment(id), DurableSolution.RETURN_TO_FAMILY, false);
        var lead = demoUsers.user("caseworker");
        UUID planId = returnPlans.draft(lead, id, completePlan());

        returnPlans.approve(lead, planId);
        LocalDate returnedOn = today();
        returnPlans.returned(lead, planId, returnedOn);

        assertThat(tasks.ofCase(lead, id)).filteredOn(t -> t.kind() == TaskKind.MONITORING_REPORT).hasSize(4);
        assertThatThrownBy(() -> returnPlans.report(lead, planId, returnedOn.plusMonths(1), returnedOn.minusDays(3),
                "Early", false)).isInstanceOf(DomainRuleViolation.class).hasMessage("monitoring.before-return");
        clock.advance(Duration.ofDays(40));
        tasks.escalateOverdue();
        assertThat(tasks.ofCase(lead, id)).filteredOn(t -> t.kind() == TaskKind.MONITORING_REPORT && t.escalatedAt() != null)
                .hasSize(1);

        returnPlans.report(lead, planId, returnedOn.plusMonths(1), today(), "In school, living with grandmother; a man asked about her", true);

        assertThat(tasks.ofCase(lead, id)).anyMatch(t -> t.title() != null && t.title().startsWith("Signs of re-trafficking"));
        assertThat(tasks.ofCase(lead, id)).anyMatch(t -> t.kind() == TaskKind.BEST_INTERESTS_REVIEW);
        assertThat(notifications.mine(demoUsers.user("guardian"))).anyMatch(n -> n.messageCode().equals("notice.retrafficking"));
        // The statistics count the determination, the return after its risk assessment, and a late report.
        statistics.table(demoUsers.user("coordinator"), new org.haven.statistics.Statistics.Query(
                org.haven.statistics.Indicator.RETURNED, org.haven.statistics.Breakdown.NONE, java.time.Year.now(clock)), "statistics.viewed");
        assertThat(jdbc.sql("SELECT DISTINCT indicator FROM statistics_counted WHERE case_id = :id").param("id", id.value())
                .query(String.class).list()).contains("BEST_INTERESTS_DETERMINED", "RETURNED", "RETURNED_AFTER_RISK_ASSESSMENT",
                "MONITORING_DUE").doesNotContain("MONITORING_ON_TIME");
    }

    @Test
    void through_the_api_an_incomplete_return_plan_is_refused_with_problem_details_naming_the_missing_check() throws Exception {
        CaseId id = caseWithTeam("Sara");
        determine(id, signedOffAssessment(id), DurableSolution.RETURN_TO_FAMILY, false);
        var p = completePlan();
        UUID planId = returnPlans.draft(demoUsers.user("caseworker"), id, new ReturnPlans.Plan(null, null,
                p.familyAssessment(), null, p.guardianHeardOn(), p.receivingAgency(), p.receivingAgencyAcceptedOn(),
                p.travelEscort(), p.reintegrationPlan(), true));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/return-plans/{id}", planId)
                        .with(demoUsers.as("caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.missing[0]")
                        .value("RISK_ASSESSMENT_CURRENT"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/return-plans/{id}/approval", planId)
                        .with(demoUsers.as("caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("return.missing.RISK_ASSESSMENT_CURRENT"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/cases/{id}/best-interests", id.value())
                        .with(demoUsers.as("caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.returnPlans[0]")
                        .value(planId.toString()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/return-plans/{id}", planId)
                        .with(demoUsers.as("bergen.caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isForbidden());
    }

    @Test
    void the_determination_prints_as_a_pdf_with_the_explanation_for_the_child_in_their_own_script() throws Exception {
        var lead = demoUsers.user("caseworker");
        CaseId id = caseFiles.open(lead, new NewCase(new ChildDetails("Олена", "Коваль", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(13, 15, today()), List.of("UA"), List.of("ru")),
                lead.organisationId().value(), "Online sexual exploitation"));
        caseFiles.recordProtectionStatus(Actor.system("test"), id, ProtectionStatus.PRESUMED_VICTIM);
        caseFiles.addToTeam(lead, id, demoUsers.user("guardian").id(), TeamRole.GUARDIAN);
        UUID determination = determine(id, signedOffAssessment(id), DurableSolution.LOCAL_INTEGRATION, false);

        var forTheFile = new com.lowagie.text.pdf.PdfReader(pdf(determination, "FILE"));
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(forTheFile).getTextFromPage(1))
                .contains("Best-interests determination").contains("Integration here").contains("the child's wish weighs heavily");
        var forTheChild = new com.lowagie.text.pdf.PdfReader(pdf(determination, "CHILD"));
        String childText = new com.lowagie.text.pdf.parser.PdfTextExtractor(forTheChild).getTextFromPage(1);
        assertThat(forTheChild.getNumberOfPages()).isEqualTo(1);
        assertThat(childText).contains("Олена").contains("ты останешься здесь").doesNotContain("weighs heavily");
    }

    @Test
    void a_decision_is_explained_to_the_child_and_an_appeal_gets_its_outcome_on_the_record() {
        CaseId id = caseWithTeam("Irina");
        UUID determination = determine(id, signedOffAssessment(id), DurableSolution.RETURN_TO_FAMILY, false);
        var lead = demoUsers.user("caseworker");

        determinations.childInformed(lead, determination, today(), "ro", "With the guardian, a drawing of the steps home");
        UUID appeal = determinations.appeal(demoUsers.user("guardian"), determination, today(),
                Determinations.Appellant.GUARDIAN, "The grandmother's health was not assessed");
        assertThatThrownBy(() -> determinations.appealDecided(lead, appeal, Determinations.AppealOutcome.UPHELD,
                today().minusDays(1), null)).isInstanceOf(DomainRuleViolation.class).hasMessage("bid.appeal-outcome.invalid");
        determinations.appealDecided(lead, appeal, Determinations.AppealOutcome.CHANGED, today(), "New assessment ordered");

        var stored = determinations.view(lead, determination);
        assertThat(stored.childInformedLanguage()).isEqualTo("ro");
        assertThat(stored.appeals()).singleElement().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(Determinations.AppealOutcome.CHANGED);
            assertThat(a.grounds()).contains("grandmother's health");
        });
    }

    private byte[] pdf(UUID determination, String audience) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/best-interests-determinations/{id}/document", determination).param("for", audience)
                        .with(demoUsers.as("caseworker")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(org.springframework.http.MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
