package org.haven.casework;

import org.haven.access.Section;
import org.haven.audit.AuditSearch;
import org.haven.directory.OrganisationId;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.EditConflict;
import org.haven.platform.NoAccess;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Need-to-know by section of the record, on the team and through time-limited shares with other agencies. */
@HavenIntegrationTest
class SectionsAndSharesTest {

    private static final String NEEDS = "Trauma therapy twice a week at the clinic";
    private static final String REASON = "Outreach team plans the therapy transport and school start";

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseShares shares;
    @Autowired CarePlans carePlans;
    @Autowired org.haven.screening.Identification identification;
    @Autowired org.haven.bestinterests.Assessments bestInterests;
    @Autowired Placements placements;
    @Autowired Conferences conferences;
    @Autowired Notifications notifications;
    @Autowired AuditSearch auditSearch;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private CaseId caseWithCarePlan(String givenNames) {
        var lead = demoUsers.user("caseworker");
        var id = caseFiles.open(lead, new NewCase(new ChildDetails(givenNames, "Sections", List.of(), Sex.FEMALE,
                DateOfBirth.estimatedAge(14, 16, LocalDate.now(clock)), List.of("RO"), List.of("ro")),
                lead.organisationId().value(), "Found at the station"));
        carePlans.write(lead, id, new CarePlans.CarePlan(LocalDate.now(clock), NEEDS, "Contact from the exploiters",
                "I want to go to school", "Safe school start", null, List.of(), 0), 0);
        placements.place(lead, id, new Placements.Placement(null, Placements.Kind.SPECIALISED_SHELTER,
                "Storgata 7, Oslo", LocalDate.now(clock), null, false, null, null, null, null));
        return id;
    }

    private UUID share(CaseId id, String agencyOfUser, Set<Section> sections, int days) {
        return shares.share(demoUsers.user("caseworker"), id, new CaseShares.Request(
                demoUsers.user(agencyOfUser).organisationId().value(), sections, today().plusDays(days), REASON));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
    }

    @Test
    void police_and_prosecutors_on_the_team_never_read_the_care_plan_but_see_the_case_and_its_non_punishment_status() throws Exception {
        var id = caseWithCarePlan("Ilinca");
        var lead = demoUsers.user("caseworker");
        caseFiles.addToTeam(lead, id, demoUsers.user("police").id(), TeamRole.POLICE);
        caseFiles.addToTeam(lead, id, demoUsers.user("prosecutor").id(), TeamRole.PROSECUTOR);

        assertThatThrownBy(() -> carePlans.of(demoUsers.user("police"), id)).isInstanceOf(NoAccess.class);
        mvc.perform(get("/cases/" + id + "/care-plan").with(demoUsers.as("prosecutor")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(NEEDS))));
        mvc.perform(get("/api/v1/cases/" + id + "/care-plan").with(demoUsers.as("police")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + id).with(demoUsers.as("police")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ilinca Sections")))
                .andExpect(content().string(containsString("not open to your role")))
                .andExpect(content().string(not(containsString("/care-plan"))));
        // Police read where the child lives (to protect them); prosecutors do not.
        mvc.perform(get("/cases/" + id + "/whereabouts").with(demoUsers.as("police")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Storgata 7")));
        mvc.perform(get("/cases/" + id + "/whereabouts").with(demoUsers.as("prosecutor")))
                .andExpect(status().isForbidden()).andExpect(content().string(not(containsString("Storgata 7"))));
        // Best interests carry the care plan's needs and the child's views: health and care, within the team.
        UUID assessment = bestInterests.start(lead, id);
        mvc.perform(get("/api/v1/cases/" + id + "/best-interests").with(demoUsers.as("police")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(NEEDS))));
        mvc.perform(get("/api/v1/best-interests-assessments/" + assessment).with(demoUsers.as("police")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/" + id + "/best-interests").with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString(NEEDS)));
        assertThat(auditSearch.forCase(id.value(), 50))
                .anyMatch(e -> e.action().equals("care-plan.viewed") && e.actorName().equals("police") && e.outcome() == org.haven.audit.AuditEntry.Outcome.REFUSED);
    }

    @Test
    void a_focal_point_on_the_team_sees_a_conference_but_not_the_childs_words_in_it() {
        var id = caseWithCarePlan("Mirela");
        var lead = demoUsers.user("caseworker");
        var focalPoint = demoUsers.user("focalpoint");
        caseFiles.addToTeam(lead, id, focalPoint.id(), TeamRole.FOCAL_POINT);
        UUID conference = conferences.schedule(lead, id, clock.instant().plus(Duration.ofHours(1)), "Barnahus", "Plan");
        clock.advance(Duration.ofHours(2));
        conferences.record(lead, conference, new Conferences.Outcome(Set.of(lead.id().value()), true,
                "Jeg vil bli her", "Agreed to stay in the shelter", List.of()), 0);

        var seen = conferences.view(focalPoint, conference);
        assertThat(seen.childViews()).isNull();
        assertThat(seen.minutes()).isNull();
        assertThat(seen.statementsWithheld()).isTrue();
        assertThatThrownBy(() -> conferences.confirmMinutes(focalPoint, conference)).isInstanceOf(NoAccess.class);
        assertThat(conferences.ofCase(focalPoint, id)).allMatch(c -> c.childViews() == null);
        assertThat(conferences.view(lead, conference).childViews()).isEqualTo("Jeg vil bli her");
    }

    @Test
    void an_agency_reads_the_shared_parts_its_staff_need_until_the_share_ends_and_never_changes_them() throws Exception {
        var id = caseWithCarePlan("Andreea");
        share(id, "ngo", EnumSet.of(Section.HEALTH_AND_CARE), 7);

        // The NGO's staff are told, find the case among those shared with them, and read the care plan.
        assertThat(notifications.mine(demoUsers.user("ngo")))
                .anyMatch(n -> n.messageCode().equals("notice.case-shared") && id.value().equals(n.caseId()));
        mvc.perform(get("/shared-cases").with(demoUsers.as("ngo")))
                .andExpect(content().string(containsString(REASON)));
        mvc.perform(get("/cases/" + id).with(demoUsers.as("ngo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("shared with your agency")))
                .andExpect(content().string(containsString("/care-plan")))
                .andExpect(content().string(not(containsString("/whereabouts"))))
                .andExpect(content().string(not(containsString("Found at the station"))));
        mvc.perform(get("/cases/" + id + "/care-plan").with(demoUsers.as("ngo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NEEDS)))
                .andExpect(content().string(not(containsString("I want to go to school"))))
                .andExpect(content().string(containsString("Only the case team changes it")));
        // Not shared: where the child lives; and a share never lets anyone change the record.
        mvc.perform(get("/cases/" + id + "/whereabouts").with(demoUsers.as("ngo"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> carePlans.write(demoUsers.user("ngo"), id,
                new CarePlans.CarePlan(null, "changed", null, null, null, null, List.of(), 1), 1))
                .isInstanceOf(NoAccess.class);
        assertThat(auditSearch.forCase(id.value(), 50))
                .anyMatch(e -> e.action().equals("care-plan.viewed") && e.actorName().equals("ngo") && e.outcome() == org.haven.audit.AuditEntry.Outcome.SUCCEEDED)
                .anyMatch(e -> e.action().equals("case.shared") && e.actorName().equals("caseworker"));

        // After its last day the share has ended by itself.
        clock.advance(Duration.ofDays(9));
        assertThatThrownBy(() -> carePlans.of(demoUsers.user("ngo"), id)).isInstanceOf(NoAccess.class);
        mvc.perform(get("/cases/" + id).with(demoUsers.as("ngo"))).andExpect(status().isForbidden());
    }

    @Test
    void sharing_health_and_care_with_the_police_still_does_not_open_it_to_police_officers() {
        var id = caseWithCarePlan("Daria");
        share(id, "police", EnumSet.of(Section.HEALTH_AND_CARE, Section.ACCOMMODATION_ADDRESS), 3);

        assertThatThrownBy(() -> carePlans.of(demoUsers.user("police"), id)).isInstanceOf(NoAccess.class);
        assertThat(placements.ofCase(demoUsers.user("police"), id))
                .extracting(Placements.Placement::address).containsExactly("Storgata 7, Oslo");
        assertThat(caseFiles.viewPage(demoUsers.user("police"), id).sections())
                .containsExactly(Section.ACCOMMODATION_ADDRESS);
    }

    @Test
    void a_manager_ends_a_share_at_once_and_a_stale_end_is_a_conflict() {
        var id = caseWithCarePlan("Sorina");
        UUID shareId = share(id, "ngo", EnumSet.of(Section.ACCOMMODATION_ADDRESS), 30);
        assertThat(placements.ofCase(demoUsers.user("ngo"), id)).hasSize(1);

        shares.end(demoUsers.user("caseworker"), id, shareId, 0);

        assertThatThrownBy(() -> placements.ofCase(demoUsers.user("ngo"), id)).isInstanceOf(NoAccess.class);
        assertThatThrownBy(() -> shares.end(demoUsers.user("caseworker"), id, shareId, 0)).isInstanceOf(EditConflict.class);
        assertThat(shares.ofCase(demoUsers.user("caseworker"), id)).singleElement()
                .satisfies(s -> assertThat(s.current()).isFalse())
                .satisfies(s -> assertThat(s.endedBy()).isEqualTo("Ingrid Berg (demo)"));
    }

    @Test
    void what_the_child_told_stays_with_the_team_when_signs_of_exploitation_are_shared() {
        var id = caseWithCarePlan("Alina");
        var lead = demoUsers.user("caseworker");
        var screening = identification.start(lead, id);
        identification.observe(lead, screening, "GEN_DOCS_HELD_BY_OTHER", org.haven.screening.ObservationSource.CHILD_ACCOUNT,
                "She said the man promised work in a bakery", 0);
        share(id, "police", EnumSet.of(Section.EXPLOITATION_DETAILS), 5);

        var shared = identification.view(demoUsers.user("police"), screening);
        assertThat(shared.screening().observations()).hasSize(1);
        assertThat(shared.noteOf(shared.screening().observations().get(0))).isNull();
        assertThat(shared.mayRecord()).isFalse();
        var own = identification.view(lead, screening);
        assertThat(own.noteOf(own.screening().observations().get(0))).isEqualTo("She said the man promised work in a bakery");
    }

    @Test
    void a_closed_case_is_not_shared() {
        var id = caseWithCarePlan("Viorica");
        var lead = demoUsers.user("caseworker");
        var kase = caseFiles.current(lead, id).kase();
        caseFiles.describe(lead, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED, null,
                "Returned to her mother after the assessment", "The Romanian service takes over the open steps"), kase.version());

        assertThatThrownBy(() -> share(id, "ngo", EnumSet.of(Section.HEALTH_AND_CARE), 5))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case-share.case-closed");
    }

    @Test
    void closing_the_case_ends_its_shares() {
        var id = caseWithCarePlan("Rodica");
        share(id, "ngo", EnumSet.of(Section.HEALTH_AND_CARE), 30);
        var lead = demoUsers.user("caseworker");
        var kase = caseFiles.current(lead, id).kase();

        caseFiles.describe(lead, id, new CaseDetails(kase.leadAgencyId(), CaseStatus.CLOSED, null,
                "Returned to her mother after the assessment", "The Romanian service takes over the open steps"), kase.version());

        assertThatThrownBy(() -> carePlans.of(demoUsers.user("ngo"), id)).isInstanceOf(NoAccess.class);
        assertThat(shares.ofCase(lead, id)).singleElement().satisfies(s -> assertThat(s.current()).isFalse());
    }

    @Test
    void a_share_needs_an_agency_outside_the_lead_a_part_a_near_end_and_a_reason_and_only_managers_share() throws Exception {
        var id = caseWithCarePlan("Elena");
        var lead = demoUsers.user("caseworker");
        var ngo = demoUsers.user("ngo").organisationId().value();
        assertThatThrownBy(() -> shares.share(lead, id, new CaseShares.Request(lead.organisationId().value(),
                EnumSet.of(Section.HEALTH_AND_CARE), today(), REASON)))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("case-share.organisation.lead-agency");
        assertThatThrownBy(() -> shares.share(lead, id, new CaseShares.Request(ngo, EnumSet.of(Section.CHILD_STATEMENTS),
                today(), REASON)))
                .hasMessage("case-share.sections.required");
        assertThatThrownBy(() -> shares.share(lead, id, new CaseShares.Request(ngo, EnumSet.of(Section.HEALTH_AND_CARE),
                today().plusDays(91), REASON)))
                .hasMessage("case-share.until.too-late");
        assertThatThrownBy(() -> shares.share(lead, id, new CaseShares.Request(ngo, EnumSet.of(Section.HEALTH_AND_CARE),
                today(), "because")))
                .hasMessage("case-share.reason.required");
        var guardian = demoUsers.user("guardian");
        caseFiles.addToTeam(lead, id, guardian.id(), TeamRole.GUARDIAN);
        assertThatThrownBy(() -> shares.share(guardian, id, new CaseShares.Request(ngo, EnumSet.of(Section.HEALTH_AND_CARE),
                today(), REASON))).isInstanceOf(NoAccess.class);

        // The form keeps what was typed and says what is wrong.
        mvc.perform(post("/cases/" + id + "/shares").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("organisation", ngo.toString()).param("sections", "HEALTH_AND_CARE")
                        .param("until", today().plusDays(5).toString()).param("reason", "soon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in at least 20 characters")))
                .andExpect(content().string(containsString(">soon</textarea>")));
        mvc.perform(post("/cases/" + id + "/shares").with(csrf()).with(demoUsers.as("caseworker"))
                        .param("organisation", ngo.toString()).param("sections", "HEALTH_AND_CARE")
                        .param("until", today().plusDays(5).toString()).param("reason", REASON))
                .andExpect(redirectedUrl("/cases/" + id + "/shares"));

        // The reason is kept encrypted, like everything written about the child.
        assertThat(jdbc.sql("SELECT reason FROM casework_case_share WHERE case_id = :c").param("c", id.value())
                .query(String.class).single()).startsWith("v2:").doesNotContain("therapy");
        assertThat(shares.agencies(id)).noneMatch(o -> o.id().equals(new OrganisationId(lead.organisationId().value())));
    }
}
