package org.haven.statistics;

import org.haven.support.DemoUsers;
import org.haven.support.HavenIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The statistics pages on the demo data: who sees them, what a published table says, the CSV to publish. */
@HavenIntegrationTest
class StatisticsPagesTest {

    @Autowired MockMvc mvc;
    @Autowired DemoUsers demoUsers;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void the_coordinator_and_analysts_see_published_tables_and_nobody_else_does() throws Exception {
        mvc.perform(get("/statistics").with(demoUsers.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Presumed or identified child victims")))
                .andExpect(content().string(containsString("Counts from 1 to 10 are not shown")));
        mvc.perform(get("/statistics").param("breakdown", "SEX").with(demoUsers.as("analyst")))
                .andExpect(status().isOk());
        for (String role : new String[]{"caseworker", "police", "auditor", "admin"}) {
            mvc.perform(get("/statistics").with(demoUsers.as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void the_total_of_children_is_published_only_when_it_reaches_the_threshold() throws Exception {
        var year = java.time.Year.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo")));
        long protectedCases = jdbc.sql("""
                        SELECT count(*) FROM casework_case WHERE protected_since IS NOT NULL
                        AND extract(year FROM protected_since AT TIME ZONE 'Europe/Oslo') = :year""")
                .param("year", year.getValue()).query(Long.class).single();
        var page = mvc.perform(get("/statistics").param("year", year.toString()).with(demoUsers.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String total = page.substring(page.indexOf("id=\"statistics-total\""));
        total = total.substring(total.indexOf('>') + 1, total.indexOf('<'));
        assertThat(protectedCases).isPositive();
        assertThat(total).isEqualTo(protectedCases >= 11 ? String.valueOf(protectedCases) : "suppressed");
    }

    @Test
    void the_catalogue_gives_every_indicator_its_definition_and_formula_in_english_and_swedish() throws Exception {
        for (var language : new String[]{"", "_sv"}) {
            var words = new java.util.Properties();
            try (var in = getClass().getResourceAsStream("/messages/statistics" + language + ".properties")) {
                words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var indicator : Indicator.values()) {
                for (var part : new String[]{"name", "definition", "formula"}) {
                    assertThat(words.getProperty("indicator." + indicator + "." + part)).as(indicator + " " + part + language).isNotBlank();
                }
            }
            for (var breakdown : Breakdown.values()) {
                assertThat(words.getProperty("breakdown." + breakdown)).as(breakdown + language).isNotBlank();
            }
        }
        var page = mvc.perform(get("/statistics").with(demoUsers.as("analyst"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Formula: count of cases whose protection start", "All indicators", "MONITORING_ON_TIME",
                "Unit: cases.");
    }

    @Test
    void the_trend_over_years_shows_every_year_counted_whichever_year_is_chosen() throws Exception {
        var year = java.time.Year.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo")));
        mvc.perform(get("/statistics").param("breakdown", "YEAR").param("year", "2001").with(demoUsers.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Presumed or identified child victims, Year (a trend over all years, whichever year is chosen), all years")))
                .andExpect(content().string(containsString(">" + year + "<")));
        mvc.perform(get("/statistics.csv").param("breakdown", "YEAR").with(demoUsers.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("by-year.csv")));
    }

    @Test
    void the_publishable_csv_states_the_indicator_its_definition_and_the_rules_applied() throws Exception {
        var csv = mvc.perform(get("/statistics.csv").param("indicator", "WENT_MISSING").param("breakdown", "AGE_BAND")
                        .param("year", "2026").with(demoUsers.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("# Children who went missing, 2026")
                .contains("# Counts from 1 to 10 are not shown", "# More counts are hidden", "# Counted from the case data on",
                        "# Formula: count of cases with a missing episode that started in the year.")
                .contains("Age band (youngest possible age when protection started),count")
                .contains("\ntotal,");
        mvc.perform(get("/statistics.csv").param("indicator", "WENT_MISSING").param("year", "2026")
                .with(demoUsers.as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/statistics.xlsx").param("indicator", "WENT_MISSING").param("year", "2026")
                .with(demoUsers.as("police"))).andExpect(status().isForbidden());
    }

    @Test
    void the_coordinator_opens_the_cases_behind_a_count_by_reference_and_analysts_cannot() throws Exception {
        var year = java.time.Year.now(clock.withZone(java.time.ZoneId.of("Europe/Oslo"))).toString();
        var reference = jdbc.sql("""
                        SELECT reference FROM casework_case WHERE protected_since IS NOT NULL
                        AND extract(year FROM protected_since AT TIME ZONE 'Europe/Oslo') = :year LIMIT 1""")
                .param("year", Integer.parseInt(year)).query(String.class).single();
        mvc.perform(get("/statistics/cases").param("year", year).param("row", "all").with(demoUsers.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/statistics/cases").param("year", year).with(demoUsers.as("analyst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_year_outside_the_records_is_refused_with_a_clear_message_and_only_after_the_role_is_checked() throws Exception {
        mvc.perform(get("/statistics").param("year", "1999").with(demoUsers.as("coordinator")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a year from 2000 to this year")))
                .andExpect(content().string(not(containsString("id=\"statistics-table\""))));
        mvc.perform(get("/statistics").param("year", "not a year").with(demoUsers.as("caseworker")))
                .andExpect(status().isForbidden());
    }
}
