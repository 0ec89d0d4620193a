package org.haven.casework.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.haven.person.DateOfBirth;
import org.haven.person.Sex;
import org.springframework.validation.BeanPropertyBindingResult;

import java.time.LocalDate;

/**
 * Whatever a browser posts as a child's details, turning it into a record either succeeds or
 * names what to fix: it never fails with an unexpected exception. Seed inputs run with the tests;
 * fuzz with {@code JAZZER_FUZZ=1 ./mvnw -pl app test -Dtest=ChildFormFuzzTest}.
 */
class ChildFormFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_posted_child_form_is_accepted_or_explained(FuzzedDataProvider data) {
        var form = new ChildForm();
        form.setGivenNames(data.consumeBoolean() ? data.consumeString(300) : null);
        form.setFamilyName(data.consumeBoolean() ? data.consumeString(300) : null);
        form.setAliases(data.consumeString(500));
        form.setSex(data.pickValue(Sex.values()));
        form.setDobPrecision(data.pickValue(DateOfBirth.Precision.values()));
        form.setDobDay(data.consumeBoolean() ? data.consumeInt(-5, 40) : null);
        form.setDobMonth(data.consumeBoolean() ? data.consumeInt(-5, 15) : null);
        form.setDobYear(data.consumeBoolean() ? data.consumeInt(1800, 2200) : null);
        form.setAgeFrom(data.consumeBoolean() ? data.consumeInt(-5, 40) : null);
        form.setAgeTo(data.consumeBoolean() ? data.consumeInt(-5, 40) : null);
        form.setNationality(data.consumeString(3));
        form.setSecondNationality(data.consumeString(3));
        form.setLanguage(data.consumeString(4));
        form.setSecondLanguage(data.consumeRemainingAsString());
        var errors = new BeanPropertyBindingResult(form, "form");

        var details = form.toDetails(LocalDate.of(2026, 11, 23), errors);

        if (details.isPresent() == errors.hasErrors()) {
            throw new IllegalStateException("a form must give either details or errors, not both or neither: " + errors);
        }
    }
}
