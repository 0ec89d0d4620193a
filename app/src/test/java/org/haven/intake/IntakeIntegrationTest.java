package org.haven.intake;

import org.haven.casework.CaseFiles;
import org.haven.casework.TeamRole;
import org.haven.directory.Directory;
import org.haven.platform.DomainRuleViolation;
import org.haven.platform.NoAccess;
import org.haven.screening.Identification;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HavenIntegrationTest
class IntakeIntegrationTest {

    @Autowired Intake intake;
    @Autowired CaseFiles caseFiles;
    @Autowired Identification identification;
    @Autowired Directory directory;
    @Autowired DemoUsers demoUsers;
    @Autowired java.time.Clock clock;

    private static Referral.Content mallTheft(String region, boolean danger, Set<String> indicators) {
        return new Referral.Content("Cristina", null, 12, "FEMALE", "ro", "Shopping centre, level 2", region,
                "Today 14:30", "Caught taking handbags; an adult waited outside and left when we came",
                "A man who says he is her uncle", danger, false, indicators);
    }

    @Test
    void a_half_written_referral_is_kept_as_a_draft_and_an_empty_one_cannot_be_sent() {
        var police = demoUsers.user("police");
        UUID id = intake.startDraft(police);
        intake.write(police, id, new Referral.Content("Ana", null, null, null, null, null, null, null, null, null,
                false, false, Set.of()), 0);

        assertThat(intake.view(police, id).givenNames()).isEqualTo("Ana");
        assertThat(intake.view(police, id).status()).isEqualTo(ReferralStatus.DRAFT);
        assertThatThrownBy(() -> intake.submit(police, id, 1)).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("referral.observations.required");
    }

    @Test
    void a_referral_goes_to_the_child_protection_service_of_the_area_and_immediate_danger_comes_first() {
        var police = demoUsers.user("police");
        UUID calm = intake.startDraft(police);
        intake.write(police, calm, mallTheft("Vestland", false, Set.of()), 0);
        intake.submit(police, calm, 1);
        UUID urgent = intake.startDraft(police);
        intake.write(police, urgent, mallTheft("Vestland", true, Set.of()), 0);
        intake.submit(police, urgent, 1);

        var bergen = directory.all().stream().filter(o -> "Vestland".equals(o.region())).findFirst().orElseThrow();
        assertThat(intake.view(police, calm).targetAgencyId()).isEqualTo(bergen.id().value());
        var incoming = intake.incoming(demoUsers.user("bergen.caseworker"));
        assertThat(incoming.indexOf(incoming.stream().filter(r -> r.id().equals(urgent)).findFirst().orElseThrow()))
                .isLessThan(incoming.indexOf(incoming.stream().filter(r -> r.id().equals(calm)).findFirst().orElseThrow()));
        assertThat(intake.incoming(demoUsers.user("caseworker"))).noneMatch(r -> r.id().equals(calm));
        assertThatThrownBy(() -> intake.view(demoUsers.user("caseworker"), calm)).isInstanceOf(NoAccess.class);
    }

    @Test
    void accepting_opens_a_case_puts_the_referring_officer_on_the_team_and_screens_what_they_saw() {
        var police = demoUsers.user("police");
        UUID id = intake.startDraft(police);
        intake.write(police, id, mallTheft("Oslo", true, Set.of("CRIM_STEALS_TO_ORDER", "GEN_UNVERIFIED_ADULT")), 0);
        intake.submit(police, id, 1);
        var caseworker = demoUsers.user("caseworker2");

        var accepted = intake.acceptIntoNewCase(caseworker, id, 2);

        var file = caseFiles.view(caseworker, accepted.caseId());
        assertThat(file.child().primaryName().givenNames()).isEqualTo("Cristina");
        assertThat(file.child().dateOfBirth().presumedChildOn(java.time.LocalDate.now())).isTrue();
        assertThat(file.team()).anySatisfy(m -> {
            assertThat(m.user().username()).isEqualTo("police");
            assertThat(m.role()).isEqualTo(TeamRole.POLICE);
        });
        var screening = identification.view(caseworker, accepted.screening().orElseThrow());
        assertThat(screening.screening().observedCodes()).containsExactlyInAnyOrder("CRIM_STEALS_TO_ORDER",
                "GEN_UNVERIFIED_ADULT");
        assertThat(screening.suggestion().outcome().name()).isEqualTo("PRESUMED_VICTIM");
        assertThat(intake.view(police, id).status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void a_date_of_birth_and_nationality_from_a_document_go_into_the_childs_record_and_impossible_ones_are_refused() {
        var police = demoUsers.user("police");
        var today = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo")));
        var born = today.minusYears(13).withDayOfMonth(1);
        UUID id = intake.startDraft(police);
        intake.write(police, id, new Referral.Content("Oksana", "Documented", 16, "FEMALE", null, "Bus station", "Oslo",
                null, "Travelling with an adult who held her passport", null, false, false, Set.of(), born,
                java.util.List.of("UA", "MD")), 0);
        intake.submit(police, id, 1);

        var accepted = intake.acceptIntoNewCase(demoUsers.user("caseworker2"), id, 2);

        var child = caseFiles.view(demoUsers.user("caseworker2"), accepted.caseId()).child();
        assertThat(child.dateOfBirth()).as("the document, not the guess of 16").isEqualTo(org.haven.person.DateOfBirth.exact(born));
        assertThat(child.nationalities()).containsExactlyInAnyOrder("UA", "MD");

        UUID other = intake.startDraft(police);
        assertThatThrownBy(() -> intake.write(police, other, new Referral.Content("Ana", null, null, null, null, null, null,
                null, null, null, false, false, Set.of(), today.plusDays(1), java.util.List.of()), 0))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.birth-date.invalid");
        assertThatThrownBy(() -> intake.write(police, other, new Referral.Content("Ana", null, null, null, null, null, null,
                null, null, null, false, false, Set.of(), null, java.util.List.of("XX")), 0))
                .isInstanceOf(DomainRuleViolation.class).hasMessage("referral.nationality.invalid");
    }

    @Test
    void the_receiving_service_asks_for_more_and_the_referrer_answers_and_sends_again() {
        var ngo = demoUsers.user("ngo");
        UUID id = intake.startDraft(ngo);
        intake.write(ngo, id, mallTheft("Oslo", false, Set.of()), 0);
        intake.submit(ngo, id, 1);
        var caseworker = demoUsers.user("caseworker");

        intake.askForMoreInformation(caseworker, id, "Did she say where she sleeps?", 2);
        assertThat(intake.view(ngo, id).question()).contains("where she sleeps");
        intake.write(ngo, id, mallTheft("Oslo", false, Set.of("GEN_UNKNOWN_ADDRESS")), 3);
        intake.submit(ngo, id, 4);

        assertThat(intake.view(caseworker, id).status()).isEqualTo(ReferralStatus.SUBMITTED);
    }

    @Test
    void a_referral_is_transferred_with_a_reason_and_others_cannot_answer_it() {
        var police = demoUsers.user("police");
        UUID id = intake.startDraft(police);
        intake.write(police, id, mallTheft("Oslo", false, Set.of()), 0);
        intake.submit(police, id, 1);
        var bergen = directory.all().stream().filter(o -> "Vestland".equals(o.region())).findFirst().orElseThrow();

        assertThatThrownBy(() -> intake.acceptIntoNewCase(demoUsers.user("bergen.caseworker"), id, 2))
                .isInstanceOf(NoAccess.class);
        assertThatThrownBy(() -> intake.transfer(demoUsers.user("caseworker"), id, bergen.id(), " ", 2))
                .hasMessage("referral.transfer.reason-required");
        intake.transfer(demoUsers.user("caseworker"), id, bergen.id(), "The child lives in Bergen", 2);

        assertThat(intake.incoming(demoUsers.user("bergen.caseworker"))).anyMatch(r -> r.id().equals(id));
    }

    @Test
    void once_accepted_only_the_case_team_and_the_referrer_read_the_referral() {
        var police = demoUsers.user("police");
        UUID id = intake.refer(police, mallTheft("Oslo", false, Set.of()), true);
        intake.acceptIntoNewCase(demoUsers.user("caseworker"), id, 2);

        assertThat(intake.view(police, id).status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThatThrownBy(() -> intake.view(demoUsers.user("supervisor"), id)).isInstanceOf(NoAccess.class);
    }

    @Test
    void an_answer_to_a_question_goes_back_to_the_agency_that_asked_and_a_guessed_age_keeps_the_child_a_child() {
        var police = demoUsers.user("police");
        UUID id = intake.refer(police, mallTheft("Oslo", false, Set.of()), true);
        var bergen = directory.all().stream().filter(o -> "Vestland".equals(o.region())).findFirst().orElseThrow();
        intake.transfer(demoUsers.user("caseworker"), id, bergen.id(), "Lives in Bergen", 2);
        intake.askForMoreInformation(demoUsers.user("bergen.caseworker"), id, "Which school?", 3);
        intake.submit(police, id, 4);

        assertThat(intake.view(police, id).targetAgencyId()).isEqualTo(bergen.id().value());
        assertThat(Intake.estimated(19, java.time.LocalDate.now()).presumedChildOn(java.time.LocalDate.now())).isTrue();
        assertThatThrownBy(() -> intake.transfer(demoUsers.user("bergen.caseworker"), id,
                demoUsers.user("police").organisationId(), "to the police", 5))
                .hasMessage("referral.transfer.unknown-agency");
    }

    @Test
    void only_the_referrer_writes_the_referral() {
        UUID id = intake.startDraft(demoUsers.user("police"));
        assertThatThrownBy(() -> intake.write(demoUsers.user("ngo"), id, mallTheft("Oslo", false, Set.of()), 0))
                .isInstanceOf(NoAccess.class);
        assertThatThrownBy(() -> intake.write(demoUsers.user("police"), id, mallTheft("Oslo", false, Set.of("NOPE")), 0))
                .hasMessage("screening.indicator.unknown");
    }
}
