package org.haven.intake;

import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public pages a child reads: complete in every language, and right-to-left in Arabic. */
@HavenIntegrationTest
class ChildInformationPagesTest {

    @Autowired MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"sv", "lt", "pl", "ru", "uk", "ar"})
    void every_public_text_is_translated_into_the_language(String language) throws IOException {
        var english = bundle("report.properties");
        var translated = bundle("report_" + language + ".properties");

        assertThat(translated.keySet()).as("keys in report_%s", language).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(translated.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void a_child_reads_their_rights_and_how_to_complain_in_arabic_right_to_left_without_signing_in() throws Exception {
        mvc.perform(get("/report/rights").param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("dir=\"rtl\""), containsString("حقوقك"),
                        containsString("116 111"), containsString("href=\"/report?kind=COMPLAINT\""))));
    }

    @Test
    void the_complaint_link_opens_the_form_with_complaint_chosen() throws Exception {
        mvc.perform(get("/report").param("kind", "COMPLAINT"))
                .andExpect(content().string(allOf(containsString("value=\"COMPLAINT\" checked"),
                        not(containsString("value=\"REPORT\" checked")))));
    }

    private static Properties bundle(String file) throws IOException {
        var properties = new Properties();
        try (var in = ChildInformationPagesTest.class.getResourceAsStream("/messages/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
