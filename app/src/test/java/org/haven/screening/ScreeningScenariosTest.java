package org.haven.screening;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realistic screenings and the suggestion a caseworker must see. Several are the case histories of
 * the CBSS 2012 study of children exploited in begging and criminality (seeds/000, annex); the rest
 * are edge cases of the rules.
 */
class ScreeningScenariosTest {

    private static final IndicatorCatalogue CATALOGUE = ScreeningRulesPropertiesTest.shipped();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana: happy, begs all day in any weather, parents collect the money | BEG_ADULT_COLLECTS_MONEY BEG_LONG_HOURS_ANY_WEATHER BEG_KEEPS_NOTHING_NO_FOOD GEN_PHONE_CONTROLLED GEN_IRREGULAR_SCHOOL RF_POVERTY CTX_APPEARS_HAPPY CTX_ACCOMPANIED_BY_RELATIVE | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Cristina: caught stealing nine times, travels with an uncle holding a proxy | CRIM_REPEATED_POLICE_CONTACTS GEN_UNVERIFIED_ADULT CRIM_PAPERS_BY_PROXY GEN_MANY_MOVES CTX_DENIES_OR_CONSENTS CTX_ACCOMPANIED_BY_RELATIVE | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Bergen shoplifter at first contact: rehearsed story, no money, afraid | CRIM_REPEATED_POLICE_CONTACTS CRIM_STEALS_TO_ORDER CRIM_NO_MONEY_OR_TICKETS GEN_REHEARSED_STORIES GEN_FEARFUL RF_PARENTAL_SUBSTANCE_ABUSE RF_POVERTY CTX_DENIES_OR_CONSENTS | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Bergen shoplifters after disclosure: driven to shops and threatened | CRIM_REPEATED_POLICE_CONTACTS CRIM_STEALS_TO_ORDER CRIM_GROUP_TRANSPORTED_TO_SHOPS CRIM_HANDS_OVER_GOODS CRIM_FORCED_UNDER_THREAT | PRESUMED_VICTIM | IMMEDIATE_DANGER
            Bergen girl: a man asks to collect her from care the same evening | GEN_UNVERIFIED_ADULT CRIM_REPEATED_POLICE_CONTACTS | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Rzeszow: sedated small child, quotas, beatings, passports held | BEG_YOUNG_CHILD_MEDICATED BEG_TAKINGS_UNDER_THREAT BEG_DAILY_QUOTA BEG_SAME_ADULT_SEVERAL_CHILDREN GEN_DOCS_HELD_BY_OTHER BEG_LONG_HOURS_ANY_WEATHER GEN_FALSE_PROMISE CTX_ACCOMPANIED_BY_RELATIVE | PRESUMED_VICTIM | IMMEDIATE_DANGER
            Krakow: woman knows nothing about the injured child with her | GEN_ADULT_CANNOT_IDENTIFY_CHILD GEN_VIOLENCE_INJURIES GEN_NO_OR_FALSE_DOCUMENTS | PRESUMED_VICTIM | IMMEDIATE_DANGER
            Oslo: unaccompanied boy selling drugs who does not see himself as a victim | CRIM_DRUG_SELLING_FOR_OTHERS GEN_ADULT_SPEAKS_FOR_CHILD GEN_NO_OR_FALSE_DOCUMENTS GEN_PREVIOUS_ABSCONDING GEN_MANY_MOVES RF_UNACCOMPANIED_SEPARATED CTX_DENIES_OR_CONSENTS | PRESUMED_VICTIM | HIGH_MISSING_RISK
            One severe indicator alone: an online advert offering a child for sex | SEX_SOLD_OR_OFFERED | PRESUMED_VICTIM | IMMEDIATE_DANGER
            Risk factors only: poverty, drop-out, parental abuse, earlier care | RF_POVERTY RF_SCHOOL_DROPOUT RF_PARENTAL_SUBSTANCE_ABUSE RF_INSTITUTIONAL_CARE | NO_INDICATORS | STANDARD
            Moderate indicators adding up while a verified mother is present | GEN_ADULT_SPEAKS_FOR_CHILD GEN_UNKNOWN_ADDRESS GEN_REHEARSED_STORIES GEN_MANY_MOVES CTX_ACCOMPANIED_BY_RELATIVE | PRESUMED_VICTIM | STANDARD
            One strong indicator is not enough: flower selling at night | BEG_ADULT_COLLECTS_MONEY GEN_IRREGULAR_SCHOOL RF_POVERTY | FURTHER_ASSESSMENT | STANDARD
            Online grooming turning into sextortion | ONL_GROOMING_GIFTS ONL_SEXTORTION | PRESUMED_VICTIM | IMMEDIATE_DANGER
            A marriage abroad is planned and the girl is afraid | MAR_MARRIAGE_ABROAD_PLANNED GEN_FEARFUL | FURTHER_ASSESSMENT | HIGH_MISSING_RISK
            Domestic servitude with a host family that holds her passport | DOM_WORKS_FOR_HOST_FAMILY DOM_HOUSEWORK_INSTEAD_OF_SCHOOL DOM_CONFINED_TO_HOUSE GEN_DOCS_HELD_BY_OTHER | PRESUMED_VICTIM | IMMEDIATE_DANGER
            Cannabis farm: lives at the farm, family owes for the journey | LAB_HAZARDOUS_WORK GEN_LIVES_AT_WORKPLACE GEN_DEBT_BONDAGE GEN_NO_OR_FALSE_DOCUMENTS RF_UNACCOMPANIED_SEPARATED | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Boyfriend at the border holds her passport and answers for her | SEX_CONTROLLING_OLDER_PARTNER GEN_DOCS_HELD_BY_OTHER GEN_ADULT_SPEAKS_FOR_CHILD | PRESUMED_VICTIM | HIGH_MISSING_RISK
            Nothing observed | | NO_INDICATORS | STANDARD
            """)
    void the_suggestion_matches_what_the_field_expects(String scenario, String observed, SuggestedOutcome outcome,
                                                      Urgency urgency) {
        List<String> codes = observed == null ? List.of() : Arrays.asList(observed.trim().split("\\s+"));
        assertThat(codes).allSatisfy(code -> assertThat(CATALOGUE.contains(code)).as(code).isTrue());

        var suggestion = ScreeningRules.suggest(codes, CATALOGUE);

        assertThat(suggestion.outcome()).as(scenario).isEqualTo(outcome);
        assertThat(suggestion.urgency()).as(scenario).isEqualTo(urgency);
    }

    @org.junit.jupiter.api.Test
    void a_happy_child_with_a_parent_is_still_presumed_a_victim_and_the_reasons_say_why() {
        var suggestion = ScreeningRules.suggest(List.of("BEG_TAKINGS_UNDER_THREAT", "CTX_APPEARS_HAPPY",
                "CTX_ACCOMPANIED_BY_RELATIVE"), CATALOGUE);

        assertThat(suggestion.outcome()).isEqualTo(SuggestedOutcome.PRESUMED_VICTIM);
        assertThat(suggestion.forms()).containsExactly(ExploitationForm.FORCED_BEGGING);
        assertThat(suggestion.reasons()).extracting(Suggestion.Reason::messageCode)
                .containsExactly("screening.reason.severe", "screening.reason.context", "screening.reason.urgent");
        assertThat(suggestion.reasons().get(1).indicators())
                .containsExactlyInAnyOrder("CTX_APPEARS_HAPPY", "CTX_ACCOMPANIED_BY_RELATIVE");
    }

    @org.junit.jupiter.api.Test
    void forced_criminality_is_reported_to_htcds_as_other_and_online_abuse_as_sexual_exploitation() {
        assertThat(ExploitationForm.FORCED_CRIMINALITY.htcds()).isEqualTo("Other");
        assertThat(ExploitationForm.ONLINE_SEXUAL_EXPLOITATION.htcds()).isEqualTo("SexualExploitation");
        assertThat(ExploitationForm.FORCED_BEGGING.htcds()).isEqualTo("ForcedBegging");
    }
}
