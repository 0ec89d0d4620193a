package org.haven.intake;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The referral form's date of birth and nationality, as a referrer types them. */
@HavenIntegrationTest
class ReferralFormTest {

    @Autowired MockMvc mvc;
    @Autowired Intake intake;
    @Autowired DemoUsers demoUsers;
    @Autowired java.time.Clock clock;

    @Test
    void a_date_that_does_not_exist_is_shown_with_a_reason_and_everything_typed_stays() throws Exception {
        UUID id = intake.startDraft(demoUsers.user("police"));
        mvc.perform(post("/referrals/{id}", id).with(csrf()).with(demoUsers.as("police"))
                        .param("version", "0").param("givenNames", "Nadia").param("observations", "Begging at the station")
                        .param("bornDay", "31").param("bornMonth", "2").param("bornYear", "2013").param("nationality", "MA"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("That date of birth does not exist"),
                        containsString("value=\"Nadia\""), containsString("value=\"31\""), containsString("value=\"2013\""),
                        containsString("value=\"MA\" selected"))));
        assertThat(intake.view(demoUsers.user("police"), id).givenNames()).as("nothing half-saved").isNull();
    }

    @Test
    void a_date_of_birth_and_two_nationalities_are_saved_and_shown_on_the_referral() throws Exception {
        UUID id = intake.startDraft(demoUsers.user("police"));
        var born = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo"))).minusYears(12).withDayOfMonth(5);
        mvc.perform(post("/referrals/{id}", id).with(csrf()).with(demoUsers.as("police"))
                        .param("version", "0").param("givenNames", "Nadia").param("observations", "Begging at the station")
                        .param("bornDay", String.valueOf(born.getDayOfMonth())).param("bornMonth", String.valueOf(born.getMonthValue()))
                        .param("bornYear", String.valueOf(born.getYear())).param("nationality", "MA").param("secondNationality", "DZ"))
                .andExpect(status().is3xxRedirection());

        var referral = intake.view(demoUsers.user("police"), id);
        assertThat(referral.dateOfBirth()).isEqualTo(born);
        assertThat(referral.nationalities()).isEqualTo(List.of("MA", "DZ"));
        mvc.perform(get("/referrals/{id}/edit", id).with(demoUsers.as("police")))
                .andExpect(content().string(allOf(containsString("value=\"" + born.getYear() + "\""),
                        containsString("value=\"DZ\" selected"))));
        mvc.perform(get("/referrals/{id}", id).with(demoUsers.as("police")))
                .andExpect(content().string(allOf(containsString("Date of birth"), containsString("Morocco"), containsString("Algeria"))));
    }

    @Test
    void saving_as_one_types_keeps_everything_else_while_the_date_is_typed_half_way() throws Exception {
        UUID id = intake.startDraft(demoUsers.user("police"));
        mvc.perform(post("/referrals/{id}/autosave", id).with(csrf()).with(demoUsers.as("police"))
                        .param("version", "0").param("givenNames", "Nadia").param("bornDay", "14"))
                .andExpect(status().isOk());

        var referral = intake.view(demoUsers.user("police"), id);
        assertThat(referral.givenNames()).isEqualTo("Nadia");
        assertThat(referral.dateOfBirth()).isNull();
    }

    @Test
    void nationalities_beyond_two_sent_by_another_system_survive_editing_in_the_form() throws Exception {
        var police = demoUsers.user("police");
        UUID id = intake.startDraft(police);
        intake.write(police, id, new Referral.Content("Besa", null, null, null, null, null, null, null, "Seen at the port", null,
                false, false, java.util.Set.of(), null, List.of("AL", "GR", "IT")), 0);
        String page = mvc.perform(get("/referrals/{id}/edit", id).with(demoUsers.as("police")))
                .andExpect(content().string(containsString("Further nationalities sent with the referral: IT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"otherNationalities\" value=\"IT\"");

        mvc.perform(post("/referrals/{id}", id).with(csrf()).with(demoUsers.as("police")).param("version", "1")
                        .param("givenNames", "Besa").param("observations", "Seen at the port, twice")
                        .param("nationality", "AL").param("secondNationality", "GR").param("otherNationalities", "IT"))
                .andExpect(status().is3xxRedirection());
        assertThat(intake.view(police, id).nationalities()).containsExactly("AL", "GR", "IT");
    }
}
