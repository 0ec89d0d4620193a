package org.haven.person;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.haven.platform.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildDetailsTest {

    private static ChildDetails named(String given, String family) {
        return new ChildDetails(given, family, List.of(), Sex.UNKNOWN, DateOfBirth.unknown(), List.of(), List.of());
    }

    @Test
    void a_child_needs_at_least_one_name_even_if_it_may_not_be_the_real_one() {
        assertThatThrownBy(() -> named(" ", null)).isInstanceOf(DomainRuleViolation.class)
                .hasMessage("child.name.required");
        assertThat(named(null, "Unknown").familyName()).isEqualTo("Unknown");
    }

    @Test
    void every_problem_of_a_record_is_reported_not_only_the_first() {
        var problems = ChildDetails.problemsWith("", "", List.of("x".repeat(201)), List.of("ZZ"), List.of("not a code"));
        assertThat(problems).extracting(DomainRuleViolation::messageCode).containsExactly(
                "child.name.required", "child.name.too-long", "child.nationality.invalid", "child.language.invalid");
    }

    @Test
    void blank_aliases_and_duplicate_nationalities_are_tidied_away() {
        var details = new ChildDetails("Ana", null, List.of("", " Ani ", "Ani"), null, null, List.of("ro", "RO"), List.of("RO"));
        assertThat(details.aliases()).containsExactly("Ani");
        assertThat(details.nationalities()).containsExactly("RO");
        assertThat(details.languages()).containsExactly("ro");
        assertThat(details.sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void a_child_registered_with_a_future_birth_date_is_refused() {
        var details = new ChildDetails("Ana", null, List.of(), Sex.FEMALE, DateOfBirth.exact(LocalDate.of(2030, 1, 1)),
                List.of(), List.of());
        assertThatThrownBy(() -> Child.register(details, Instant.now(), LocalDate.of(2026, 11, 23)))
                .hasMessage("child.dob.future");
    }

    @Property
    void a_name_in_any_script_is_kept_as_written_and_gets_a_search_key(@ForAll("names") String given,
                                                                        @ForAll("names") String family) {
        var child = Child.register(named(given, family), Instant.now(), LocalDate.of(2026, 11, 23));
        var name = child.primaryName();
        assertThat(name.givenNames()).isEqualTo(given.strip().replaceAll("\\s+", " "));
        assertThat(name.searchKey()).matches("[a-z0-9 ]*");
        assertThat(name.script()).isIn("Latn", "Cyrl", "Arab", "Grek", "Zyyy");
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> letters = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'), Arbitraries.chars().range('А', 'я'),
                Arbitraries.chars().range('\u0621', '\u064A'), Arbitraries.of('ą', 'ł', 'ž', 'ă', 'ș', ' ', '-', '\''));
        return Arbitraries.strings().withChars('a').ofMinLength(0).ofMaxLength(0)
                .flatMap(empty -> letters.list().ofMinSize(1).ofMaxSize(40)
                        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat)))
                .filter(s -> !s.isBlank());
    }
}
