package org.haven.screening;

import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueFileTest {

    @Test
    void the_shipped_catalogue_covers_every_form_the_field_needs_with_severe_indicators_and_context() {
        var catalogue = ScreeningRulesPropertiesTest.shipped();
        assertThat(catalogue.all()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(catalogue.all()).extracting(Indicator::form).contains(ExploitationForm.SEXUAL_EXPLOITATION,
                ExploitationForm.ONLINE_SEXUAL_EXPLOITATION, ExploitationForm.FORCED_LABOUR,
                ExploitationForm.FORCED_BEGGING, ExploitationForm.FORCED_CRIMINALITY, ExploitationForm.FORCED_MARRIAGE,
                ExploitationForm.DOMESTIC_SERVITUDE);
        assertThat(catalogue.all()).extracting(Indicator::kind).contains(IndicatorKind.RISK_FACTOR, IndicatorKind.CONTEXT);
        assertThat(catalogue.all()).allSatisfy(i -> assertThat(i.texts()).containsKeys("en", "sv"));
    }

    @Test
    void texts_fall_back_to_english_for_a_language_not_yet_translated() {
        var indicator = ScreeningRulesPropertiesTest.shipped().find("BEG_DAILY_QUOTA").orElseThrow();
        assertThat(indicator.text(Locale.forLanguageTag("lt"))).isEqualTo(indicator.text(Locale.ENGLISH));
    }

    @Test
    void a_file_with_a_bad_row_or_a_repeated_code_is_refused_with_the_row_named() {
        assertThatThrownBy(() -> CatalogueFile.read(new StringReader("""
                code,kind,form,severity,urgency,en
                A_ONE,INDICATOR,,STRONG,,One
                A_TWO,INDICATOR,NOT_A_FORM,STRONG,,Two
                """))).isInstanceOf(DomainRuleViolation.class).hasMessage("catalogue.file.row");
        assertThatThrownBy(() -> CatalogueFile.read(new StringReader("""
                code,kind,form,severity,urgency,en
                A_ONE,INDICATOR,,STRONG,,One
                A_ONE,INDICATOR,,WEAK,,Again
                """))).hasMessage("catalogue.file.duplicate-code");
        assertThatThrownBy(() -> CatalogueFile.read(new StringReader("code,kind\nX,Y\n")))
                .hasMessage("catalogue.file.header");
    }
}
