package org.haven.statistics;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.haven.casework.CaseFiles;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.screening.Decision;
import org.haven.screening.ExploitationForm;
import org.haven.screening.Identification;
import org.haven.screening.ObservationSource;
import org.haven.screening.VictimStatus;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.haven.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A caseworker's own cases in HTCDS 2.0: the standard's fields and picklists, no one else's cases. */
@HavenIntegrationTest
class HtcdsExportTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired Identification identification;
    @Autowired MutableClock clock;
    @Autowired org.haven.intake.Intake intake;
    @Autowired org.haven.directory.Directory directory;

    @Test
    void a_caseworker_exports_the_cases_they_work_on_in_the_standards_fields_and_picklists() throws Exception {
        var lead = demoUsers.user("bergen.caseworker");
        var id = caseFiles.open(lead, new NewCase(new ChildDetails("=Ana Maria", "Htcds-Popescu", List.of(), Sex.FEMALE,
                DateOfBirth.exact(LocalDate.of(2011, 4, 9)), List.of("RO", "MD"), List.of("ro")),
                lead.organisationId().value(), "Found at a car wash"));
        var screening = identification.start(lead, id);
        identification.observe(lead, screening, "CRIM_REPEATED_POLICE_CONTACTS", ObservationSource.RECORDS, null, 0);
        identification.decide(lead, screening, new Decision(VictimStatus.PRESUMED_VICTIM,
                Set.of(ExploitationForm.FORCED_CRIMINALITY, ExploitationForm.SEXUAL_EXPLOITATION, ExploitationForm.ONLINE_SEXUAL_EXPLOITATION),
                LocalDate.now(clock), null, null, "Reasonable grounds"), 1);

        String csv = mvc.perform(get("/htcds/my-cases.csv").with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(HtcdsExport.COLUMNS);
        CSVRecord row = records.stream().filter(r -> r.get("prs_SecondName").equals("Htcds-Popescu")).findFirst().orElseThrow();
        assertThat(row.get("prs_FirstName")).as("a formula is never written").isEqualTo("'=Ana Maria");
        assertThat(row.get("prs_Birthdate")).isEqualTo("2011-04-09");
        assertThat(row.get("prs_Gender")).isEqualTo("Feminine");
        assertThat(row.get("prs_Citizenship").split(";")).containsExactlyInAnyOrder("RO", "MD");
        assertThat(row.get("vic_TraffickingStatus")).isEqualTo("PossibleVictimOfTrafficking");
        assertThat(row.get("cas_IncomingReferralDate")).as("opened directly, not from a referral").isEmpty();
        assertThat(row.get("cas_ReferringOrganisation")).isEmpty();
        assertThat(row.get("cas_Status")).isEqualTo("Active");
        assertThat(row.get("vic_TypeOfExploitation").split(";")).containsExactlyInAnyOrder("Other", "SexualExploitation");
        assertThat(row.get("org_ShippingCountry")).isEqualTo("NO");
        assertThat(csv).doesNotContain("Found at a car wash");
        // Only the user's own cases: the caseworker in Oslo is not on this one.
        String other = mvc.perform(get("/htcds/my-cases.csv").with(demoUsers.as("caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("Htcds-Popescu");
    }

    @Test
    void a_case_opened_from_a_referral_names_the_referring_agency_and_the_day_it_was_accepted() throws Exception {
        var police = demoUsers.user("police");
        var referral = intake.refer(police, new org.haven.intake.Referral.Content("Vera", "Htcds-Referred", 14, "FEMALE", null,
                "Port", "Vestland", null, "Alone on a ferry", null, false, false, Set.of()), true);
        intake.acceptIntoNewCase(demoUsers.user("bergen.caseworker"), referral, 2);

        String csv = mvc.perform(get("/htcds/my-cases.csv").with(demoUsers.as("bergen.caseworker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords().stream().filter(r -> r.get("prs_SecondName").equals("Htcds-Referred")).findFirst().orElseThrow();
        assertThat(row.get("cas_IncomingReferralDate")).isEqualTo(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo"))).toString());
        assertThat(row.get("cas_ReferringOrganisation")).isEqualTo(directory.find(police.organisationId()).orElseThrow().name());
        assertThat(row.get("vic_TraffickingStatus")).as("not screened yet").isEmpty();
    }

    @Test
    void police_analysts_and_administrators_do_not_export_childrens_records() throws Exception {
        for (String user : new String[]{"police", "analyst", "admin", "guardian"}) {
            mvc.perform(get("/htcds/my-cases.csv").with(demoUsers.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void picklists_follow_the_standard() {
        assertThat(HtcdsExport.status(org.haven.casework.CaseStatus.CLOSED_REFERRED)).isEqualTo("ClosedReferred");
        assertThat(HtcdsExport.gender(Sex.OTHER)).isEqualTo("NonConforming");
        assertThat(HtcdsExport.gender(Sex.UNKNOWN)).isEqualTo("NonSpecifiedUnknown");
        assertThat(HtcdsExport.traffickingStatus(org.haven.casework.ProtectionStatus.NONE, true)).isEqualTo("NotAVictimOfTrafficking");
        assertThat(HtcdsExport.traffickingStatus(org.haven.casework.ProtectionStatus.NONE, false)).as("not decided yet").isEmpty();
        assertThat(HtcdsExport.traffickingStatus(org.haven.casework.ProtectionStatus.IDENTIFIED_VICTIM, true))
                .as("one screening's 'not a victim' does not undo another's identification").isEqualTo("ActualVictimOfTrafficking");
        assertThat(ExploitationForm.FORCED_MILITARY.htcds()).as("2.0 has only military exploitation by non-state actors")
                .isEqualTo("Other");
        assertThat(HtcdsExport.birthdate(DateOfBirth.year(java.time.Year.of(2010)))).isEmpty();
        assertThat(SpreadsheetText.safe("+47 999")).isEqualTo("'+47 999");
        assertThat(SpreadsheetText.safe("Oslo")).isEqualTo("Oslo");
    }
}
