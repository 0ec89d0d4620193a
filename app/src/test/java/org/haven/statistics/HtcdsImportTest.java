package org.haven.statistics;

import org.haven.casework.CaseFiles;
import org.haven.casework.NewCase;
import org.haven.intake.Intake;
import org.haven.matching.KnownChildren;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HTCDS files in: a round trip with the export, and a file with problems reported by line and column. */
@HavenIntegrationTest
class HtcdsImportTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired CaseFiles caseFiles;
    @Autowired Identification identification;
    @Autowired Intake intake;
    @Autowired KnownChildren knownChildren;
    @Autowired MutableClock clock;

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "cases.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void exported_cases_come_back_as_referrals_for_review_and_the_duplicate_check_finds_the_child() throws Exception {
        var lead = demoUsers.user("bergen.caseworker");
        var id = caseFiles.open(lead, new NewCase(new ChildDetails("Ionela", "Roundtrip-Dumitru", List.of(), Sex.FEMALE,
                DateOfBirth.exact(LocalDate.now(clock).minusYears(14).minusDays(3)), List.of("RO"), List.of("ro")),
                lead.organisationId().value(), "Found at a car wash"));
        var screening = identification.start(lead, id);
        identification.observe(lead, screening, "CRIM_REPEATED_POLICE_CONTACTS", ObservationSource.RECORDS, null, 0);
        identification.decide(lead, screening, new Decision(VictimStatus.PRESUMED_VICTIM, Set.of(ExploitationForm.FORCED_BEGGING),
                LocalDate.now(clock), null, null, "Reasonable grounds"), 1);
        String exported = mvc.perform(get("/htcds/my-cases.csv").with(demoUsers.as("bergen.caseworker")))
                .andReturn().getResponse().getContentAsString();
        String onlyThisCase = exported.lines().filter(l -> l.startsWith("cas_Id") || l.contains("Roundtrip-Dumitru"))
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";

        mvc.perform(multipart("/htcds/import").file(file(onlyThisCase)).with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 referrals sent for review")));

        var referral = intake.mine(demoUsers.user("caseworker")).stream()
                .filter(r -> "Roundtrip-Dumitru".equals(r.familyName())).findFirst().orElseThrow();
        assertThat(referral.givenNames()).isEqualTo("Ionela");
        assertThat(referral.sex()).isEqualTo("FEMALE");
        assertThat(referral.estimatedAge()).isEqualTo(14);
        assertThat(referral.dateOfBirth()).isEqualTo(LocalDate.now(clock).minusYears(14).minusDays(3));
        assertThat(referral.nationalities()).containsExactly("RO");
        assertThat(referral.observations()).contains("Type of exploitation: ForcedBegging");
        // The receiving agency's duplicate check (the matching engine) shows the child is known already,
        // with the date of birth and nationality of the file.
        var described = intake.childDescribedIn(referral).orElseThrow();
        assertThat(described.dateOfBirth()).isEqualTo(DateOfBirth.exact(LocalDate.now(clock).minusYears(14).minusDays(3)));
        assertThat(described.nationalities()).containsExactly("RO");
        assertThat(knownChildren.like(demoUsers.user("bergen.caseworker"), described))
                .anyMatch(known -> known.name().contains("Roundtrip-Dumitru"));
    }

    @Test
    void a_file_with_wrong_picklist_values_is_reported_by_line_and_column_and_imports_nothing_unless_asked() throws Exception {
        String csv = """
                cas_Id,cas_Status,prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Nationality,vic_TypeOfExploitation
                X-1,Active,Mihaela,Badfile-One,2012-13-01,Feminine,RO,ForcedBegging
                X-2,Open,Sorin,Badfile-Two,2011-05-05,Boy,XX,Begging
                X-3,Active,Elena,Badfile-Three,,Feminine,MD,Other
                """;
        mvc.perform(multipart("/htcds/import").file(file(csv)).with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported: 5 problems")))
                .andExpect(content().string(containsString("prs_Birthdate")))
                .andExpect(content().string(containsString("&quot;Open&quot; is not in the picklist")))
                .andExpect(content().string(containsString("&quot;XX&quot; is not an ISO 3166")))
                .andExpect(content().string(containsString("&quot;Begging&quot; is not in the picklist TypeOfExploitation")));
        assertThat(intake.mine(demoUsers.user("caseworker"))).noneMatch(r -> String.valueOf(r.familyName()).startsWith("Badfile"));

        var report = HtcdsFile.read(csv, LocalDate.of(2026, 12, 6));
        assertThat(report.problems()).extracting(HtcdsFile.Problem::line, HtcdsFile.Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "prs_Birthdate"), org.assertj.core.groups.Tuple.tuple(3L, "cas_Status"),
                org.assertj.core.groups.Tuple.tuple(3L, "prs_Gender"), org.assertj.core.groups.Tuple.tuple(3L, "prs_Nationality"),
                org.assertj.core.groups.Tuple.tuple(3L, "vic_TypeOfExploitation"));

        mvc.perform(multipart("/htcds/import").file(file(csv)).param("acceptValidRows", "true").with(csrf())
                        .with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("1 referrals sent for review")));
        assertThat(intake.mine(demoUsers.user("caseworker"))).filteredOn(r -> String.valueOf(r.familyName()).startsWith("Badfile"))
                .extracting(r -> r.familyName()).containsExactly("Badfile-Three");
    }

    @Test
    void lines_are_counted_as_an_editor_counts_them_and_a_file_broken_half_way_keeps_no_row() {
        var today = LocalDate.of(2026, 12, 6);
        var spread = HtcdsFile.read("prs_FirstName,prs_SecondName,prs_Gender\n\nAna,\"Two\nLines\",Feminine\n\nIon,Pop,Boy\n", today);
        assertThat(spread.problems()).extracting(HtcdsFile.Problem::line).containsExactly(6L);
        assertThat(spread.rows()).extracting(HtcdsFile.Row::line).containsExactly(3);

        var broken = HtcdsFile.read("prs_FirstName,prs_SecondName\nAna,Pop\nIon,\"Unclosed\nMaria,Ene\n", today);
        assertThat(broken.rows()).as("nothing of a half-read file is imported").isEmpty();
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not readable CSV"));

        String thirtyCodes = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "" + (char) ('A' + i / 26) + (char) ('A' + i % 26)).collect(java.util.stream.Collectors.joining(";"));
        var crowded = HtcdsFile.read("prs_FirstName,prs_SecondName,prs_Nationality\nAna,Pop," + thirtyCodes + "\n", today);
        assertThat(crowded.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("At most 20 values"));
    }

    @Test
    void a_file_without_the_childs_names_or_not_in_utf8_is_refused_with_a_reason() throws Exception {
        mvc.perform(multipart("/htcds/import").file(file("cas_Id,cas_Status\nX,Active\n")).with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("The column is missing")));
        mvc.perform(multipart("/htcds/import").file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[]{(byte) 0xC3, (byte) 0x28}))
                        .with(csrf()).with(demoUsers.as("caseworker")))
                .andExpect(content().string(containsString("not UTF-8 text")));
        mvc.perform(multipart("/htcds/import").file(file("prs_FirstName,prs_SecondName\nA,B\n")).with(csrf()).with(demoUsers.as("police")))
                .andExpect(status().isForbidden());
    }
}
