package org.haven.screening;

import org.haven.casework.CaseFiles;
import org.haven.casework.CaseId;
import org.haven.casework.NewCase;
import org.haven.person.ChildDetails;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class CatalogueAdministrationTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired Catalogues catalogues;
    @Autowired Identification identification;
    @Autowired CaseFiles caseFiles;

    @Test
    void a_coordinator_downloads_edits_and_publishes_the_catalogue_and_earlier_screenings_keep_their_version()
            throws Exception {
        var caseworker = demoUsers.user("caseworker");
        CaseId caseId = caseFiles.open(caseworker, new NewCase(new ChildDetails("Linh", "Tran", List.of(), Sex.FEMALE,
                DateOfBirth.unknown(), List.of("VN"), List.of("vi")), caseworker.organisationId().value(), null));
        ScreeningId earlier = identification.start(caseworker, caseId);
        int before = catalogues.current().version();

        String csv = mvc.perform(get("/screening/catalogue.csv").with(demoUsers.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String edited = csv.stripTrailing() + "\r\nLAB_NAIL_SALON_NO_PAY,INDICATOR,FORCED_LABOUR,STRONG,,"
                + "Child works in a nail salon without pay,Barnet arbetar på en nagelsalong utan lön\r\n";
        mvc.perform(multipart("/screening/catalogue").file(new MockMultipartFile("file", "edited.csv", "text/csv",
                        edited.getBytes(StandardCharsets.UTF_8))).with(csrf()).session(demoUsers.session("coordinator")))
                .andExpect(flash().attribute("notice", "catalogue.published"));

        assertThat(catalogues.current().version()).isEqualTo(before + 1);
        assertThat(catalogues.current().contains("LAB_NAIL_SALON_NO_PAY")).isTrue();
        assertThat(identification.view(caseworker, earlier).catalogue().version()).isEqualTo(before);
        assertThat(identification.view(caseworker, identification.start(caseworker, caseId)).catalogue()
                .contains("LAB_NAIL_SALON_NO_PAY")).isTrue();
    }

    @Test
    void only_coordinators_publish_and_a_broken_file_is_refused_with_its_row() throws Exception {
        var broken = new MockMultipartFile("file", "broken.csv", "text/csv",
                "code,kind,form,severity,urgency,en\nX_ONE,INDICATOR,NOT_A_FORM,STRONG,,One\n".getBytes(StandardCharsets.UTF_8));
        int before = catalogues.current().version();

        mvc.perform(multipart("/screening/catalogue").file(broken).with(csrf()).session(demoUsers.session("caseworker")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/screening/catalogue").file(broken).with(csrf()).session(demoUsers.session("coordinator")))
                .andExpect(flash().attribute("noticeError", "catalogue.file.row"));
        mvc.perform(get("/screening/catalogue").with(demoUsers.as("police")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Indicator catalogue")));

        assertThat(catalogues.current().version()).isEqualTo(before);
    }
}
