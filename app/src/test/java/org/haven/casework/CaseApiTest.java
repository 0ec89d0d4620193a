package org.haven.casework;

import org.haven.access.ApiTokens;
import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HavenIntegrationTest
class CaseApiTest {

    @Autowired MockMvc mvc;
    @Autowired ApiTokens tokens;
    @Autowired DemoUsers demoUsers;

    private String caseworkerToken;
    private String agency;

    @BeforeEach
    void issueToken() {
        var caseworker = demoUsers.user("caseworker");
        caseworkerToken = "Bearer " + tokens.issue(caseworker, "api test", Duration.ofDays(1)).token();
        agency = caseworker.organisationId().toString();
    }

    private String newCaseJson(String given) {
        return """
                {"child": {"givenNames": "%s", "familyName": "Haddad", "sex": "FEMALE",
                           "dateOfBirth": {"precision": "YEAR", "earliest": "2012-01-01", "latest": "2012-12-31"},
                           "nationalities": ["SY"], "languages": ["ar"]},
                 "leadAgencyId": "%s", "summary": "Referred by the border police"}""".formatted(given, agency);
    }

    @Test
    void another_system_opens_a_case_reads_it_and_finds_it_in_the_list() throws Exception {
        var created = mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(newCaseJson("مريم")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/cases/")))
                .andExpect(jsonPath("$.reference", matchesPattern("NO-\\d{4}-\\d{5}")))
                .andExpect(jsonPath("$.child.givenNames").value("مريم"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get(location).header("Authorization", caseworkerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.team[0].role").value("LEAD_CASEWORKER"));
        mvc.perform(get("/api/v1/cases").param("q", "Haddad").header("Authorization", caseworkerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[*].childName", hasItem("مريم Haddad")));
    }

    @Test
    void an_update_with_an_old_version_gets_a_conflict_with_the_current_record() throws Exception {
        String location = mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(newCaseJson("Zeinab")))
                .andReturn().getResponse().getHeader("Location");
        String update = """
                {"leadAgencyId": "%s", "status": "%s", "summary": "%s", "version": 0}""";

        mvc.perform(put(location).header("Authorization", caseworkerToken).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(agency, "FOLLOW_UP", "first")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(location).header("Authorization", caseworkerToken).contentType(MediaType.APPLICATION_JSON)
                        .content(update.formatted(agency, "CLOSED", "second")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.current.summary").value("first"))
                .andExpect(jsonPath("$.current.version").value(1));
    }

    @Test
    void malformed_json_wrong_content_type_and_invalid_fields_get_problem_details() throws Exception {
        mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"child\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(newCaseJson("x".repeat(300))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("child.givenNames"));
        mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newCaseJson("Nour").replace("\"SY\"", "\"XX\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("child.nationality.invalid"));
    }

    @Test
    void an_unknown_case_is_not_found_and_someone_elses_case_is_forbidden() throws Exception {
        mvc.perform(get("/api/v1/cases/{id}", UUID.randomUUID()).header("Authorization", caseworkerToken))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String location = mvc.perform(post("/api/v1/cases").header("Authorization", caseworkerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(newCaseJson("Sara")))
                .andReturn().getResponse().getHeader("Location");
        var outsider = demoUsers.user("se.caseworker");
        String outsiderToken = "Bearer " + tokens.issue(outsider, "outsider", Duration.ofDays(1)).token();

        mvc.perform(get(location).header("Authorization", outsiderToken))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_revoked_or_made_up_token_is_refused() throws Exception {
        var caseworker = demoUsers.user("caseworker");
        var issued = tokens.issue(caseworker, "to revoke", Duration.ofDays(1));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("caseworker"));

        tokens.revoke(caseworker, issued.id());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer hvn_madeup"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/cases']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{id}/child']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }
}
